// The portalenquiries mailbox: GPP certification forms, nominations with approvers in every position, ordinary requests.
import { acroPdf, flatPdf, gppForm, oeGpForm, scanPdf } from './forms.js';
import { compose, quoteHeader, type EmailDef } from './mail.js';
import { outlookDate } from './lib.js';

const M = 'portalenquiries' as const;
const PE = { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' };
const p = (name: string | null, email: string | null) => ({ name, email });
const ap = (name: string | null, email: string | null, role: string | null) => ({ name, email, role });
const gp = (odsCode: string) => ({ odsCode, type: 'gp_practice' });
const nom = (organisation: { odsCode: string | null; type: string } | null, service: string, nominee: ReturnType<typeof p>, approver: ReturnType<typeof ap> | null, mustRaise: string[], traits: string[]) => ({
  kind: 'user_admin_nomination', ignored: null, organisation, fields: { service, nominee, approver }, mustRaise, traits,
});

export async function portalEmails(): Promise<EmailDef[]> {
  const out: EmailDef[] = [];

  // 001 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 1, slug: 'gpp-cert-text1-pm-sends-partner-approves', client: 'outlook',
    from: { name: 'MCALLISTER, Kathryn (CRANBROOK MEDICAL PRACTICE)', email: 'kathryn.mcallister@nhs.net' },
    subject: 'GPP certification form', date: '2026-11-16T10:02:44Z',
    text: `Please see attached.

Kathryn McAllister | Practice Manager | Cranbrook Medical Practice | 01623 555 901`,
    attachments: [{
      filename: 'GPP Practice User Admin Certification Form.pdf',
      data: await acroPdf('pe001', gppForm({
        practice: { name: 'Cranbrook Medical Practice', code: 'C84103' },
        nominee: { name: 'Dennis Aldous', job: 'Finance Manager', email: 'dennis.aldous@nhs.net', phone: '01623 555 907' },
        approver: { name: 'Dr Rupinder Dhaliwal', role: 'GP Partner', email: 'rupinder.dhaliwal@nhs.net', signed: true, date: '13/11/2026' },
        existingAdmins: '0', twoPages: true,
      }), { layout: 'beside', check: 'box' }, 'textN', { title: 'GPP Practice User Administrator Certification Form' }),
    }],
    expected: nom(gp('C84103'), 'GPP', p('Dennis Aldous', 'dennis.aldous@nhs.net'), ap('Rupinder Dhaliwal', 'rupinder.dhaliwal@nhs.net', 'GP Partner'), [],
      ['pdf_acroform', 'field_names_textN', 'see_attached', 'sender_not_approver', 'two_page_form', 'pipe_signature']),
  });

  // 002 ----------------------------------------------------------------------------------------------------------
  const chloe = { name: 'Chloe Ferreira', email: 'chloe.ferreira@nhs.net' };
  const sven = { name: 'LINDQVIST, Sven (ABBEYDALE SURGERY)', email: 'sven.lindqvist@nhs.net' };
  const approvalMsg = compose({
    mailbox: M, n: 0, slug: 'inner-002-approval', client: 'outlook', from: sven, to: [chloe],
    subject: 'RE: GPP admin form', date: '2026-11-16T17:21:00Z',
    text: `Chloe - yes, approved. I've completed Part 2 as senior partner.

Sven

${quoteHeader(chloe, outlookDate('2026-11-16T15:02:00Z'), [sven], 'GPP admin form')}

Hi Sven, could you fill in Part 2 of the attached for me please? We need a GPP user admin now Pat has left.

Chloe`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: [] },
  });
  out.push({
    mailbox: M, n: 2, slug: 'gpp-nominee-self-approval-attached-as-message', client: 'outlook',
    from: chloe, subject: 'GPP Practice User Administrator - Abbeydale Surgery E82047', date: '2026-11-17T09:11:30Z',
    text: `Hello,

I'd like to be set up as GPP Practice User Administrator for Abbeydale Surgery (E82047). The certification form is attached, and Dr Lindqvist's approval email is attached too.

Thanks
Chloe Ferreira
Practice Business Manager`,
    attachments: [{
      filename: 'GPP UA certification - Abbeydale.pdf',
      data: await acroPdf('pe002', gppForm({
        practice: { name: 'Abbeydale Surgery', code: 'E82047' },
        nominee: { name: 'Chloe Ferreira', job: 'Practice Business Manager', email: 'chloe.ferreira@nhs.net', phone: '01442 555 231' },
        approver: { name: 'Sven Lindqvist', role: 'Senior Partner', email: 'sven.lindqvist@nhs.net', signed: true, date: '16/11/2026' },
      }), { layout: 'below', check: 'box' }, 'acrobat', { title: 'GPP UA certification' }),
    }],
    attachedMessage: { raw: approvalMsg, filename: 'RE GPP admin form.eml' },
    expected: nom(gp('E82047'), 'GPP', p('Chloe Ferreira', 'chloe.ferreira@nhs.net'), ap('Sven Lindqvist', 'sven.lindqvist@nhs.net', 'Senior Partner'), [],
      ['pdf_acroform', 'field_names_acrobat_duplicates', 'sender_is_nominee', 'approval_attached_as_message', 'value_below_label']),
  });

  // 003 ----------------------------------------------------------------------------------------------------------
  const natalie = { name: 'PIERCE, Natalie (ST LUKE\'S MEDICAL CENTRE)', email: 'natalie.pierce@nhs.net' };
  const aisha = { name: 'RAHMAN, Aisha (ST LUKE\'S MEDICAL CENTRE)', email: 'aisha.rahman12@nhs.net' };
  out.push({
    mailbox: M, n: 3, slug: 'gpp-flat-table-secretary-approval-above', client: 'outlook',
    from: aisha, subject: 'FW: GPP user admin', date: '2026-11-18T10:45:09Z',
    text: `Dear PCSE,

Dr Carrow has reviewed and approved the request below; the certification form with his signature is attached.

Aisha Rahman
PA to Dr H Carrow, GP Partner
St Luke's Medical Centre

${quoteHeader(natalie, outlookDate('2026-11-17T13:30:00Z'), [aisha], 'GPP user admin')}

Hi Aisha,

Could you get Dr Carrow to sign the attached GPP user admin form for me? I've filled in Part 1.

Natalie`,
    attachments: [{
      filename: 'GPP cert - N Pierce - signed.pdf',
      data: await flatPdf('pe003', gppForm({
        practice: { name: "St Luke's Medical Centre", code: 'B86024' },
        nominee: { name: 'Natalie Pierce', job: 'Assistant Practice Manager', email: 'natalie.pierce@nhs.net', phone: '0113 555 4420' },
        approver: { name: 'Dr Hugh Carrow', role: 'GP Partner', signed: true, date: '18/11/2026' },
        existingAdmins: 'None',
      }), { layout: 'table', check: 'cellX', font: 'times' }, { title: 'GPP cert - N Pierce' }),
    }],
    expected: nom(gp('B86024'), 'GPP', p('Natalie Pierce', 'natalie.pierce@nhs.net'), ap('Hugh Carrow', null, 'GP Partner'), [],
      ['flat_text_pdf', 'value_in_table_cell', 'secretary_forward', 'approval_above_quoted_request', 'sender_not_approver']),
  });

  // 004 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 4, slug: 'gpp-scan-hand-filled', client: 'outlook',
    from: { name: 'Tanya Morrell', email: 'tanya.morrell@nhs.net' },
    subject: 'GPP form', date: '2026-11-19T08:36:51Z',
    text: `

Tanya Morrell
Administrator
Highfield Surgery`,
    attachments: [{
      filename: 'SCAN0042.PDF',
      data: await scanPdf('pe004', gppForm({
        practice: { name: 'Highfield Surgery', code: 'K81630' },
        nominee: { name: 'TANYA MORRELL', job: 'Administrator', email: 'tanya.morrell@nhs.net', phone: '01296 555 118' },
        approver: { name: 'Dr Philippa Harwood', role: 'Partner', email: 'p.harwood@nhs.net', signed: true, date: '18-11-26' },
        existingAdmins: '1',
      }), { layout: 'beside', check: 'box' }, { hand: 'HandA', angle: [-1.4] }, { title: 'SCAN0042', producer: 'KONICA MINOLTA bizhub C300i', creator: 'KONICA MINOLTA bizhub C300i' }),
    }],
    expected: nom(gp('K81630'), 'GPP', p('Tanya Morrell', 'tanya.morrell@nhs.net'), ap('Philippa Harwood', 'p.harwood@nhs.net', 'Partner'), [],
      ['scan', 'handwritten', 'rotated', 'empty_body', 'sender_is_nominee', 'block_capitals']),
  });

  // 005 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 5, slug: 'gpp-acro-snake-unsigned', client: 'outlook',
    from: { name: 'Rosalind Beck', email: 'rosalind.beck@nhs.net' },
    subject: 'GPP certification form - Kingfisher Practice', date: '2026-11-19T14:20:15Z',
    text: `Hi,

Please see attached GPP certification form for our new Finance Lead.

Thanks
Ros Beck
Practice Manager
Kingfisher Practice`,
    attachments: [{
      filename: 'gpp_cert_kingfisher.pdf',
      data: await acroPdf('pe005', gppForm({
        practice: { name: 'Kingfisher Practice', code: 'M84009' },
        nominee: { name: 'Oliver Stenning', job: 'Finance Lead', email: 'oliver.stenning@nhs.net', phone: '024 7655 0190' },
        approver: { name: 'Dr Anjali Mistry', role: 'GP Partner', email: 'anjali.mistry@nhs.net', signed: false, date: '19/11/2026' },
        existingAdmins: '2',
      }), { layout: 'beside', check: 'box' }, 'snake', { title: 'gpp_cert_kingfisher' }),
    }],
    expected: nom(gp('M84009'), 'GPP', p('Oliver Stenning', 'oliver.stenning@nhs.net'), ap('Anjali Mistry', 'anjali.mistry@nhs.net', 'GP Partner'), ['missing_signature'],
      ['pdf_acroform', 'field_names_snake', 'blank_signature_box', 'sender_not_approver']),
  });

  // 006 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 6, slug: 'pl-pm-self-cqc-manager-cc', client: 'outlook',
    from: { name: 'Hayley Dunmore', email: 'hayley.dunmore@nhs.net' },
    cc: [{ name: 'VAUGHAN-JONES, Rhys (MEADOWBANK SURGERY)', email: 'rhys.vaughan-jones@nhs.net' }],
    subject: 'PL Organisation Administrator - Meadowbank Surgery', date: '2026-11-20T09:05:40Z',
    text: `Dear Portal Enquiries,

We currently have no PL Organisation Administrator. Please could I be set up with the role for Meadowbank Surgery, N84017.

Name: Hayley Dunmore
Email: hayley.dunmore@nhs.net

Dr Vaughan-Jones, our CQC Registered Manager, is copied in and approves this nomination.

Kind regards
Hayley Dunmore
Practice Manager
Meadowbank Surgery`,
    expected: nom(gp('N84017'), 'PL', p('Hayley Dunmore', 'hayley.dunmore@nhs.net'), ap('Rhys Vaughan-Jones', 'rhys.vaughan-jones@nhs.net', 'CQC Registered Manager'), [],
      ['approver_in_cc', 'sender_is_nominee', 'sender_signature_role_is_not_approver']),
  });

  // 007 ----------------------------------------------------------------------------------------------------------
  const martin = { name: 'Martin Greenhalgh', email: 'martin.greenhalgh@nhs.net' };
  const bev = { name: 'STOKES, Beverley (WILLOWBROOK HEALTH CENTRE)', email: 'beverley.stokes@nhs.net' };
  out.push({
    mailbox: M, n: 7, slug: 'pl-secretary-approval-above-quoted-request', client: 'outlook',
    from: bev, subject: 'FW: PL admin', date: '2026-11-20T15:12:02Z',
    text: `Good afternoon,

Dr Fairclough (CQC Registered Manager) has asked me to confirm that she approves the request below.

Bev Stokes
Medical Secretary to Dr Imogen Fairclough
Willowbrook Health Centre

-----Original Message-----
${quoteHeader(martin, outlookDate('2026-11-20T11:48:00Z'), [bev], 'PL admin')}

Bev, can you send this on with Dr F's approval please.

Please add Martin Greenhalgh, martin.greenhalgh@nhs.net, as a PL Organisation Administrator for Willowbrook Health Centre, ODS P82031. We have two PL admins already.

Martin Greenhalgh
Assistant Practice Manager`,
    expected: nom(gp('P82031'), 'PL', p('Martin Greenhalgh', 'martin.greenhalgh@nhs.net'), ap('Imogen Fairclough', null, 'CQC Registered Manager'), [],
      ['secretary_forward', 'approval_above_quoted_request', 'approver_named_not_sender', 'admin_count_in_prose']),
  });

  // 008 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 8, slug: 'opto-contract-holder-cc-code-is-pharmacy-shape', client: 'outlook',
    from: { name: 'Sofia Marchetti', email: 'sofia.marchetti@nhs.net' },
    cc: [{ name: 'Daniel Brightwell', email: 'daniel.brightwell@nhs.net' }],
    subject: 'OPTO user admin request', date: '2026-11-23T10:30:17Z',
    text: `Hello,

Could you please set me up as OPTO Organisation User Administrator for our optometry practice, Brightwell Eyecare, ODS code F7J44. Our contract holder Daniel Brightwell is in copy to approve.

Many thanks
Sofia Marchetti
Practice Manager
Brightwell Eyecare`,
    expected: nom({ odsCode: 'F7J44', type: 'pharmacy' }, 'OPTO', p('Sofia Marchetti', 'sofia.marchetti@nhs.net'), ap('Daniel Brightwell', 'daniel.brightwell@nhs.net', 'Contract Holder'), ['ods_type_mismatch'],
      ['approver_in_cc', 'sender_is_nominee', 'stated_type_contradicts_code']),
  });

  // 009 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 9, slug: 'opto-contract-holder-sends-nominee-in-body', client: 'outlook',
    from: { name: 'Kwame Mensah-Bonsu', email: 'kwame.mensah-bonsu@nhs.net' },
    subject: 'User admin', date: '2026-11-23T13:58:44Z',
    text: `Hi,

Please add Julia Nowak (julia.nowak2@nhs.net), our optical assistant, as an OPTO user admin. I am the contract holder.

Kwame

Kwame Mensah-Bonsu BSc MCOptom
Optometrist & Contract Holder
Clearview Opticians | TPK31`,
    expected: nom({ odsCode: 'TPK31', type: 'ophthalmic_practice' }, 'OPTO', p('Julia Nowak', 'julia.nowak2@nhs.net'), ap('Kwame Mensah-Bonsu', 'kwame.mensah-bonsu@nhs.net', 'Contract Holder'), [],
      ['sender_is_approver', 'code_in_signature', 'post_nominals']),
  });

  // 010 ----------------------------------------------------------------------------------------------------------
  const jordan = { name: 'Jordan Blake', email: 'jordan.blake3@nhs.net' };
  const helen = { name: 'MARSH-WHITAKER, Helen (NHS LANCASHIRE VALE ICB)', email: 'helen.marsh-whitaker@nhs.net' };
  out.push({
    mailbox: M, n: 10, slug: 'pcn-icb-approver-forwards', client: 'outlook',
    from: helen, subject: 'FW: PCN user admin - Ribble Bridge PCN (U47718)', date: '2026-11-24T11:07:26Z',
    text: `Dear PCSE,

I approve the request below. I am listed as an approver for the ICB on the NHSE Authorised Email List.

Helen Marsh-Whitaker
Primary Care Contracts Manager
NHS Lancashire Vale ICB

${quoteHeader(jordan, outlookDate('2026-11-23T16:40:00Z'), [helen], 'PCN user admin - Ribble Bridge PCN (U47718)')}

Hi Helen,

Ribble Bridge PCN has no PCN user admin on PCSE Online. Please could you approve me (Jordan Blake, jordan.blake3@nhs.net) as PCN user admin and send it to PCSE?

Jordan Blake
PCN Business Manager
Ribble Bridge PCN`,
    expected: nom({ odsCode: 'U47718', type: 'pcn' }, 'PCN', p('Jordan Blake', 'jordan.blake3@nhs.net'), ap('Helen Marsh-Whitaker', 'helen.marsh-whitaker@nhs.net', 'Primary Care Contracts Manager'), [],
      ['approval_above_quoted_request', 'icb_approver', 'sender_is_approver']),
  });

  // 011 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 11, slug: 'pcn-clinical-director-approves-himself', client: 'iphone',
    from: { name: 'Samuel Achterberg', email: 'samuel.achterberg@nhs.net' },
    subject: 'PCN user admin - Dunmore Valley PCN U83390', date: '2026-11-24T18:22:49Z',
    text: `Hi, please set up Kerry Lindsay (kerry.lindsay4@nhs.net) as our PCN user admin. As Clinical Director I approve this - we don't have anyone at the ICB to ask at the moment.

Sam
Dr Samuel Achterberg
Clinical Director, Dunmore Valley PCN

Sent from my iPhone`,
    expected: nom({ odsCode: 'U83390', type: 'pcn' }, 'PCN', p('Kerry Lindsay', 'kerry.lindsay4@nhs.net'), ap('Samuel Achterberg', 'samuel.achterberg@nhs.net', 'Clinical Director'), ['approver_not_on_ael'],
      ['approver_not_icb', 'mobile_client', 'code_in_subject']),
  });

  // 012 main contact ----------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 12, slug: 'main-contact-change-lower-case-code', client: 'outlook',
    from: { name: 'Martha Quinlan', email: 'martha.quinlan@nhs.net' },
    subject: 'Change of main contact', date: '2026-11-25T09:31:12Z',
    text: `Good morning,

Please change our main contact for Sandfield Surgery (c86019) to Megan Ollerenshaw, megan.ollerenshaw@nhs.net. Our previous practice manager left in October.

Kind regards
Martha Quinlan
Business Manager, Sandfield Surgery`,
    expected: { kind: 'main_contact_change', ignored: null, organisation: gp('C86019'), fields: { newMainContact: p('Megan Ollerenshaw', 'megan.ollerenshaw@nhs.net') }, mustRaise: [], traits: ['lower_case_code', 'sender_not_new_contact'] },
  });

  // 013 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 13, slug: 'main-contact-change-malformed-code', client: 'outlook',
    from: { name: 'Stuart Penrose', email: 'stuart.penrose@nhs.net' },
    subject: 'Main contact - Lowther Street Surgery', date: '2026-12-01T08:15:33Z',
    text: `Good morning

Organisation code: G8503
Practice: Lowther Street Surgery
New main contact: Stuart Penrose
Email: stuart.penrose@nhs.net

I have taken over as practice manager from Jean Alsop, who retired on 30 November. Please make me the main contact.

Stuart`,
    expected: { kind: 'main_contact_change', ignored: null, organisation: { odsCode: 'G8503', type: 'gp_practice' }, fields: { newMainContact: p('Stuart Penrose', 'stuart.penrose@nhs.net') }, mustRaise: ['ods_invalid'], traits: ['malformed_code', 'key_value_lines', 'sender_is_new_contact', 'previous_contact_named'] },
  });

  // 014 verification link -----------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 14, slug: 'verification-link-own-gmc', client: 'outlook',
    from: { name: 'Tomasz Zielinski', email: 'tomasz.zielinski@nhs.net' },
    subject: 'Verification link not received', date: '2026-11-25T12:48:09Z',
    text: `Hello,

I never received the verification link for PCSE Online. My GMC registered email address is tomasz.zielinski@nhs.net and my GMC number is 7123456. Could you send a new link please?

Dr Tomasz Zieliński
Salaried GP`,
    expected: { kind: 'verification_link_resend', ignored: null, organisation: null, fields: { accountEmail: 'tomasz.zielinski@nhs.net', gmcNumber: '7123456' }, mustRaise: [], traits: ['non_ascii_name', 'own_account', 'no_organisation'] },
  });

  // 015 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 15, slug: 'verification-link-for-partner-not-own', client: 'outlook',
    from: { name: 'Joanne Tyldesley', email: 'joanne.tyldesley@nhs.net' },
    subject: 'Verification link for Dr Ramaswamy', date: '2026-11-26T10:19:51Z',
    text: `Hi,

One of our partners, Dr Ashok Ramaswamy, hasn't had his verification link. His GMC email is ashok.ramaswamy@nhs.net (GMC 6098123). Could you resend it to him please?

Joanne Tyldesley
Practice Manager
Radcliffe Road Surgery (N81605)`,
    expected: { kind: 'verification_link_resend', ignored: null, organisation: gp('N81605'), fields: { accountEmail: 'ashok.ramaswamy@nhs.net', gmcNumber: '6098123' }, mustRaise: ['not_own_account'], traits: ['on_behalf_of', 'code_in_signature'] },
  });

  // 016 unlock ----------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 16, slug: 'account-unlock-user-admin', client: 'outlook',
    from: { name: 'Wendy Arbuthnot', email: 'wendy.arbuthnot@nhs.net' },
    subject: 'Account locked - PCSE Online', date: '2026-11-26T15:33:27Z',
    text: `Hi,

I've locked myself out of PCSE Online after entering the wrong password too many times. My username is wendy.arbuthnot@nhs.net. I'm the GPP user admin at Hawthorn Medical Practice (J83022).

Can you unlock it please?

Wendy Arbuthnot`,
    expected: { kind: 'account_unlock', ignored: null, organisation: gp('J83022'), fields: { username: 'wendy.arbuthnot@nhs.net' }, mustRaise: [], traits: ['mentions_admin_role'] },
  });

  // 017 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 17, slug: 'account-unlock-iphone-terse', client: 'iphone',
    from: { name: 'Amir Tehrani', email: 'amir.tehrani@nhs.net' },
    subject: 'Locked out', date: '2026-11-27T07:41:03Z',
    text: `Locked out of pcse online again, user amir.tehrani@nhs.net. Pls unlock

Sent from my iPhone`,
    expected: { kind: 'account_unlock', ignored: null, organisation: null, fields: { username: 'amir.tehrani@nhs.net' }, mustRaise: [], traits: ['terse', 'mobile_client', 'no_organisation'] },
  });

  // 018 reactivation ----------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 18, slug: 'reactivation-main-contact-pharmacy', client: 'outlook',
    from: { name: 'Marjorie Ellison-Hart', email: 'marjorie.ellison-hart@nhs.net' },
    subject: 'Account deactivated', date: '2026-11-27T11:26:38Z',
    text: `Dear PCSE,

My PCSE Online account has been deactivated as I hadn't logged in for a while. I am the Main Contact for Seacroft Pharmacy (FM472). Username: marjorie.ellison-hart@nhs.net

Please reactivate it.

Marjorie Ellison-Hart
Pharmacy Manager`,
    expected: { kind: 'account_reactivation', ignored: null, organisation: { odsCode: 'FM472', type: 'pharmacy' }, fields: { username: 'marjorie.ellison-hart@nhs.net' }, mustRaise: [], traits: ['main_contact_account'] },
  });

  // 019 role removal ----------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 19, slug: 'role-removal-leaver', client: 'outlook',
    from: { name: 'Paula Greenway', email: 'paula.greenway@nhs.net' },
    subject: 'Remove roles - leaver', date: '2026-11-30T09:48:55Z',
    text: `Hello,

Please remove the Joiner & Leaver and Practice Estimate and Salary Change roles from Dawn Hebden (dawn.hebden@nhs.net) - she left the practice last month.

Paula Greenway
Practice Manager
Ridgeway Surgery L81052`,
    expected: { kind: 'role_removal_request', ignored: null, organisation: gp('L81052'), fields: { username: 'dawn.hebden@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] }, mustRaise: [], traits: ['roles_with_ampersand', 'code_in_signature'] },
  });

  // 020 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 20, slug: 'role-removal-own-supplies-role', client: 'apple',
    from: { name: 'Lukas Brandt', email: 'lukas.brandt@nhs.net' },
    subject: 'Please take a role off my account', date: '2026-11-30T13:17:44Z',
    text: `Hi,

I keep getting emails about supplies. Could you take the Practice Order Entry Clerk role off my account please (username lukas.brandt@nhs.net)? I don't order anything.

Lukas Brandt
Pharmacist, Kestrel Lane Pharmacy FK208`,
    expected: { kind: 'role_removal_request', ignored: null, organisation: { odsCode: 'FK208', type: 'pharmacy' }, fields: { username: 'lukas.brandt@nhs.net', roles: ['Practice Order Entry Clerk'] }, mustRaise: [], traits: ['own_account', 'code_in_signature'] },
  });

  // 021 question --------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 21, slug: 'question-accountant-permissions', client: 'outlook',
    from: { name: 'Nadia Farouk', email: 'nadia.farouk@nhs.net' },
    subject: 'Accountant access?', date: '2026-12-01T10:04:21Z',
    text: `Hello,

Our accountant wants to upload the end of year pension forms. Which permissions would she need, and can our GPP user admin give them to her or do we have to send a form to you first?

Thanks
Nadia Farouk
Finance Administrator`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'mentions_permissions', 'mentions_user_admin'] },
  });

  // 022 thanks ----------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 22, slug: 'thanks-with-reference', client: 'outlook',
    from: { name: 'Hayley Dunmore', email: 'hayley.dunmore@nhs.net' },
    subject: 'RE: PL Organisation Administrator - Meadowbank Surgery [PCSE-2026-118562]', date: '2026-12-02T09:20:48Z',
    text: `Thank you - all working now, I've set up our other admin myself.

Hayley

${quoteHeader(PE, outlookDate('2026-12-01T16:02:00Z'), [{ name: 'Hayley Dunmore', email: 'hayley.dunmore@nhs.net' }], 'PL Organisation Administrator - Meadowbank Surgery [PCSE-2026-118562]')}

Dear Hayley,

The PL Organisation Administrator role has been added to your account. Reference PCSE-2026-118562.`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'case_reference', 'quoted_pcse_reply'] },
  });

  // 023 out of office ---------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 23, slug: 'out-of-office', client: 'outlook',
    from: { name: 'Kathryn McAllister', email: 'kathryn.mcallister@nhs.net' }, to: [PE],
    subject: 'Automatic reply: GPP certification form [PCSE-2026-117502]', date: '2026-12-02T14:01:15Z',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `I am on annual leave until Wednesday 9 December. For GPP user admin queries please contact Dennis Aldous on dennis.aldous@nhs.net or the practice on 01623 555 901.

Kathryn McAllister
Practice Manager`,
    disclaimer: false,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'names_colleague', 'case_reference'] },
  });

  // 024 misdirected Open Exeter scan ------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 24, slug: 'misdirected-oe-scan-same-surname', client: 'outlook',
    from: { name: 'Ian Cheetham', email: 'ian.cheetham@nhs.net' },
    subject: 'Primary user form', date: '2026-12-03T11:45:30Z',
    text: `Hi

Please find attached a signed Open Exeter primary user form for Dr Maguire.

Ian Cheetham
Practice Manager
Crossways Surgery`,
    attachments: [{
      filename: 'Crossways_OE_form.pdf',
      data: await scanPdf('pe024', oeGpForm({
        org: { name: 'Crossways Surgery', code: 'A84028', address: '2 Crossways\nDarlington DL3 7TN', phone: '01325 555 840' },
        nominee: { title: 'Dr', first: 'Niamh', surname: 'Maguire', job: 'Salaried GP', email: 'niamh.maguire@nhs.net', phone: '01325 555 840' },
        signatory: { name: 'Dr Patrick Delaney', roles: ['Lead GP'], email: 'patrick.delaney2@nhs.net', signed: true, date: '2/12/26' },
      }), { layout: 'table', check: 'box' }, { hand: 'HandD', angle: [0.5, -1.0] }, { title: 'Crossways_OE_form', producer: 'Brother MFC-L8900CDW', creator: 'Brother MFC-L8900CDW' }),
    }],
    expected: oeMisdirected(),
  });

  return out;
}

function oeMisdirected() {
  return {
    kind: 'open_exeter_primary_user_request', ignored: null, organisation: gp('A84028'),
    fields: { organisationKind: 'gp_practice', nominee: p('Niamh Maguire', 'niamh.maguire@nhs.net'), signatory: { name: 'Patrick Delaney', email: 'patrick.delaney2@nhs.net', role: 'lead_gp' } },
    mustRaise: [], traits: ['misdirected', 'scan', 'handwritten', 'rotated', 'two_page_scan', 'value_in_table_cell', 'nominee_named_only_by_surname_in_body'],
  };
}
