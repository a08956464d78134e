// openexeter: corpus-53 (writer AW)
import { addr, formPdf, NHS_FOOTER, P, scanPdf, type MailSpec, type ScanForm } from './lib.js';

const mb = 'openexeter' as const;

const GP_INTRO = [
  'Request for an Open Exeter Primary User - GP Practices',
  'This form must be signed at the bottom of page 1 by an authorised signatory.',
];
const GP_TICKS = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];

export async function openexeter(): Promise<MailSpec[]> {
  const m: MailSpec[] = [];

  // 201 Lead GP nominates herself and signs, AcroForm
  m.push({
    mailbox: mb, slug: '201-primary-user-gp-self-acroform', at: 700,
    from: addr('Hannah Oduya-Kerr', 'hannah.oduya-kerr@nhs.net'),
    subject: 'Open Exeter primary user form',
    text: `Hello,

Form attached. I am the lead (and only) GP at Weaver Bank Surgery and I would like to be the primary user myself - I have signed it as Lead GP.

Dr Hannah Oduya-Kerr${NHS_FOOTER}`,
    attachments: [{
      filename: 'OE Primary User GP form.pdf',
      content: await formPdf({
        title: 'Open Exeter Primary User Request (GP Practices)', at: 690,
        intro: GP_INTRO,
        rows: [
          { label: 'Practice name', field: 'OrgName', value: 'Weaver Bank Surgery' },
          { label: 'Practice code', field: 'OrgCode', value: 'N81117' },
          { label: 'Primary user name', field: 'PUName', value: 'Dr Hannah Oduya-Kerr' },
          { label: 'Primary user email', field: 'PUEmail', value: 'hannah.oduya-kerr@nhs.net' },
          { label: 'Signatory name', field: 'SigName', value: 'Dr Hannah Oduya-Kerr' },
          { label: 'Signatory capacity', field: 'SigCapacity', value: 'Lead GP' },
          { label: 'Signature', field: 'Signature', value: 'H Oduya-Kerr' },
          { label: 'Date', field: 'Date', value: '02/11/2026' },
        ],
      }),
    }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'N81117', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: P('Hannah Oduya-Kerr', 'hannah.oduya-kerr@nhs.net'), signatory: { name: 'Hannah Oduya-Kerr', email: 'hannah.oduya-kerr@nhs.net', role: 'lead_gp' } },
      mustRaise: [], traits: ['pdf_acroform', 'sender_is_nominee', 'sender_is_signatory'],
    },
  });

  // 202 scanned handwritten GP form: GP partner signs for a new receptionist
  const scanGp: ScanForm = {
    seed: 'aw-202', angle: -1.4,
    header: 'Open Exeter - Cervical Screening', title: 'Primary User Request - GP Practices', intro: GP_INTRO,
    rows: [
      { label: 'Practice name', value: 'Riverbank Medical Centre', caps: true },
      { label: 'Practice code', value: 'F83661', caps: true },
      { label: 'Primary user name', value: 'Agnieszka Kowalczyk', caps: true },
      { label: 'Primary user email', value: 'a.kowalczyk@nhs.net' },
      { label: 'Signatory name', value: 'Dr Femi Adeyinka', caps: true },
      { label: 'Signatory email', value: 'femi.adeyinka@nhs.net' },
    ],
    tickHeading: 'Signatory capacity (tick one)',
    ticks: GP_TICKS.map((label) => ({ label, ticked: label === 'GP Partner' })),
    signatureLabel: 'Signature', signature: 'F Adeyinka', date: '3/11/2026',
  };
  m.push({
    mailbox: mb, slug: '202-primary-user-gp-scan-partner', at: 2300,
    from: addr('Femi Adeyinka', 'femi.adeyinka@nhs.net'),
    subject: 'OE form - Riverbank',
    text: `Please find attached signed form for our new receptionist.

Femi

Sent from my iPad`,
    client: 'iphone',
    attachments: [{ filename: 'Scan 03 Nov 2026.pdf', content: await scanPdf([scanGp], 2290) }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'F83661', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: P('Agnieszka Kowalczyk', 'a.kowalczyk@nhs.net'), signatory: { name: 'Femi Adeyinka', email: 'femi.adeyinka@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['scan', 'handwritten', 'tick_box', 'see_attached', 'sender_is_signatory', 'nominates_colleague', 'gp_code_starting_f', 'mobile_client'],
    },
  });

  // 203 scanned form for another organisation, signature box blank
  const scanOther: ScanForm = {
    seed: 'aw-203', angle: 0.8,
    header: 'Open Exeter - Cervical Screening', title: 'Primary User Request - Other Organisations',
    intro: ['For organisations other than GP practices.', 'This form must be signed at the bottom of page 1 by an authorised signatory.'],
    rows: [
      { label: 'Organisation name', value: 'Wyvern Community Sexual Health' },
      { label: 'Primary user name', value: 'Tobias Fenn', caps: true },
      { label: 'Primary user email', value: 'tobias.fenn@nhs.net' },
      { label: 'Signatory name', value: 'Dr Imelda Carrow', caps: true },
      { label: 'Signatory email', value: 'imelda.carrow@nhs.net' },
    ],
    tickHeading: 'Signatory capacity (tick one)',
    ticks: ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User'].map((label) => ({ label, ticked: label === 'Caldicott Guardian' })),
    signatureLabel: 'Signature', signature: null, date: null,
  };
  m.push({
    mailbox: mb, slug: '203-primary-user-other-scan-unsigned', at: 4100,
    from: addr('Tobias Fenn', 'tobias.fenn@nhs.net'),
    subject: 'Primary user request - Wyvern Community Sexual Health',
    text: `Hi,

I'm the service's admin lead (there's only me!) - please set me up as the Open Exeter primary user. Scanned form attached. Dr Carrow is our Caldicott Guardian; she's ticked the box but is away this week so hasn't signed yet - can you start it anyway?

Tobias Fenn
Wyvern Community Sexual Health Service${NHS_FOOTER}`,
    attachments: [{ filename: 'OE primary user form.pdf', content: await scanPdf([scanOther], 4090) }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: null, type: 'other' },
      fields: { organisationKind: 'other', nominee: P('Tobias Fenn', 'tobias.fenn@nhs.net'), signatory: { name: 'Imelda Carrow', email: 'imelda.carrow@nhs.net', role: 'caldicott_guardian' } },
      mustRaise: ['missing_signature'], traits: ['scan', 'handwritten', 'tick_box', 'unsigned', 'sender_is_nominee', 'no_org_code'],
    },
  });

  // 204 flat PDF: the practice manager signs herself as nominee and signatory
  m.push({
    mailbox: mb, slug: '204-primary-user-pm-signs-self', at: 5900,
    from: addr('Lucy-Anne Pemberton', 'lucyanne.pemberton@nhs.net'),
    subject: 'Open Exeter Primary User - Ashgrove Surgery D82047',
    text: `Hello,

Attached is the primary user form for me. Dr Hale (our only GP) is on leave for a month so I have signed it myself as practice manager - hope that's alright.

Lucy-Anne Pemberton
Practice Manager, Ashgrove Surgery${NHS_FOOTER}`,
    attachments: [{
      filename: 'Primary_User_Ashgrove.pdf',
      content: await formPdf({
        title: 'Open Exeter Primary User Request (GP Practices)', at: 5890, flat: true, intro: GP_INTRO,
        rows: [
          { label: 'Practice name', value: 'Ashgrove Surgery' },
          { label: 'Practice code', value: 'D82047' },
          { label: 'Primary user name', value: 'Lucy-Anne Pemberton' },
          { label: 'Primary user email', value: 'lucyanne.pemberton@nhs.net' },
          { label: 'Signatory name', value: 'Lucy-Anne Pemberton' },
          { label: 'Signatory capacity', value: 'Practice Manager' },
          { label: 'Signature', value: 'L Pemberton' },
          { label: 'Date', value: '04/11/2026' },
        ],
      }),
    }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'D82047', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: P('Lucy-Anne Pemberton', 'lucyanne.pemberton@nhs.net'), signatory: { name: 'Lucy-Anne Pemberton', email: 'lucyanne.pemberton@nhs.net', role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat', 'sender_is_nominee', 'sender_is_signatory', 'practice_manager_signs'],
    },
  });

  // 205 prose: existing primary contact asks for a second primary user, no form
  m.push({
    mailbox: mb, slug: '205-primary-user-existing-contact-prose', at: 7700,
    from: addr('Rhian Llewellyn', 'rhian.llewellyn@nhs.net'),
    subject: 'Second primary user for Moorside Health Centre',
    text: `Hi,

I'm the existing Primary Contact for Moorside Health Centre (H81066) on Open Exeter and I'm the only one, which is a problem when I'm off. Please could you add our new administrator Bartosz Zieliński (bartosz.zielinski@nhs.net) as a second primary user?

Happy to fill in a form if needed.

Rhian Llewellyn
Practice Manager & Open Exeter Primary Contact${NHS_FOOTER}`,
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: 'H81066', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: P('Bartosz Zieliński', 'bartosz.zielinski@nhs.net'), signatory: { name: 'Rhian Llewellyn', email: 'rhian.llewellyn@nhs.net', role: 'existing_primary_contact' } },
      mustRaise: [], traits: ['no_form', 'sender_is_signatory', 'nominates_colleague', 'non_ascii_name', 'practice_manager_but_primary_contact'],
    },
  });

  // 206 additional permissions, GP partner for the receptionist
  m.push({
    mailbox: mb, slug: '206-permissions-partner-for-receptionist', at: 9300,
    from: addr('Deepak Sharma-Lyons', 'deepak.sharma-lyons@nhs.net'),
    subject: 'Additional Open Exeter permissions',
    text: `Dear Open Exeter team,

As GP Partner at Weston Park Surgery (L81044) please add the following permissions for our receptionist:

Name: Precious Mahlangu
Email: precious.mahlangu@nhs.net
Open Exeter user ID: PMAHLANGU1
Permissions: Prior Notification List, Cervical Screening Enquiry

Dr Deepak Sharma-Lyons
GP Partner${NHS_FOOTER}`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'L81044', type: 'gp_practice' },
      fields: { user: { name: 'Precious Mahlangu', email: 'precious.mahlangu@nhs.net', username: 'PMAHLANGU1' }, permissions: ['Prior Notification List', 'Cervical Screening Enquiry'], signatory: { name: 'Deepak Sharma-Lyons', email: 'deepak.sharma-lyons@nhs.net', role: 'gp_partner' } },
      mustRaise: [], traits: ['labelled_lines', 'signature_block'],
    },
  });

  // 207 additional permissions asked by the practice manager for herself from gmail
  m.push({
    mailbox: mb, slug: '207-permissions-pm-gmail-self', at: 10900, client: 'gmail',
    from: addr('Sharon Whitlock', 'sharon.whitlock64@gmail.com'),
    subject: 'open exeter access',
    text: `Hi, I'm the practice manager at Crossways Surgery (M83019). Please could you give me the Prior Notification List permission on Open Exeter - my user ID is SWHITLOCK and my work email is sharon.whitlock@nhs.net. I'm emailing from home as nhs.net is playing up. Thanks Sharon`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'M83019', type: 'gp_practice' },
      fields: { user: { name: 'Sharon Whitlock', email: 'sharon.whitlock@nhs.net', username: 'SWHITLOCK' }, permissions: ['Prior Notification List'], signatory: { name: 'Sharon Whitlock', email: 'sharon.whitlock64@gmail.com', role: 'other' } },
      mustRaise: ['sender_not_nhs', 'signatory_role_not_allowed'], traits: ['personal_address', 'sender_is_user', 'practice_manager_signs', 'one_paragraph'],
    },
  });

  // 208 additional permissions, lead GP for herself
  m.push({
    mailbox: mb, slug: '208-permissions-lead-gp-self', at: 12400,
    from: addr('Marisol Fernández', 'marisol.fernandez@nhs.net'),
    subject: 'Add permission to my own Open Exeter account',
    text: `Hello,

I am the Lead GP at Calder Bridge Surgery (Y02931). Please add the "Prior Notification List" and "Result Letters" permissions to my own account - user ID MFERNANDEZ2, this email address.

Many thanks
Dra. Marisol Fernández
Lead GP${NHS_FOOTER}`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: { odsCode: 'Y02931', type: 'gp_practice' },
      fields: { user: { name: 'Marisol Fernández', email: 'marisol.fernandez@nhs.net', username: 'MFERNANDEZ2' }, permissions: ['Prior Notification List', 'Result Letters'], signatory: { name: 'Marisol Fernández', email: 'marisol.fernandez@nhs.net', role: 'lead_gp' } },
      mustRaise: [], traits: ['sender_is_user', 'sender_is_signatory', 'non_ascii_name', 'foreign_honorific'],
    },
  });

  // 209 Open Exeter's notification of a new user
  m.push({
    mailbox: mb, slug: '209-new-user-notification', at: 14100, client: 'system',
    from: addr('Open Exeter', 'openexeter.noreply@nhs.net'),
    subject: 'Open Exeter: new user created - N81117',
    text: `This is an automated notification from Open Exeter.

A new user has been created by a Primary User and requires authorisation.

Organisation: N81117 WEAVER BANK SURGERY
New user name: Grace Ositelu
New user ID: GOSITELU
New user email: grace.ositelu@nhs.net
Created by: Dr Hannah Oduya-Kerr (hannah.oduya-kerr@nhs.net)
Created on: 09/11/2026 14:02

Please do not reply to this email.`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'N81117', type: 'gp_practice' },
      fields: { user: { name: 'Grace Ositelu', email: 'grace.ositelu@nhs.net', username: 'GOSITELU' }, createdBy: P('Hannah Oduya-Kerr', 'hannah.oduya-kerr@nhs.net') },
      mustRaise: [], traits: ['system_notification', 'auto_submitted_but_request'],
    },
  });

  // 210 the primary user forwards the notification herself, asking for it to be sped up
  m.push({
    mailbox: mb, slug: '210-new-user-forwarded-by-creator', at: 15800,
    from: addr('Rhian Llewellyn', 'rhian.llewellyn@nhs.net'),
    subject: 'FW: Open Exeter: new user created - H81066',
    text: `Hi, I've just set up Bartosz as a user (notification below) - he starts sample-taker checks on Monday so could you authorise him as soon as you can? Thanks, Rhian

-----Original Message-----
From: Open Exeter <openexeter.noreply@nhs.net>
Sent: 10 November 2026 11:41
To: pcse.openexeter@nhs.net
Subject: Open Exeter: new user created - H81066

A new user has been created by a Primary User and requires authorisation.

Organisation: H81066 MOORSIDE HEALTH CENTRE
New user name: Bartosz Zielinski
New user ID: BZIELINSKI
New user email: bartosz.zielinski@nhs.net
Created by: LLEWELLYN, RHIAN
Created on: 10/11/2026 11:39${NHS_FOOTER}`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: { odsCode: 'H81066', type: 'gp_practice' },
      fields: { user: { name: 'Bartosz Zielinski', email: 'bartosz.zielinski@nhs.net', username: 'BZIELINSKI' }, createdBy: P('Rhian Llewellyn', 'rhian.llewellyn@nhs.net') },
      mustRaise: [], traits: ['forwarded', 'sender_is_creator', 'surname_first'],
    },
  });

  // 211 misdirected: PCSE Online account locked, sent to the Open Exeter mailbox
  m.push({
    mailbox: mb, slug: '211-misdirected-unlock', at: 17500,
    from: addr('Ewa Nowak-Sheridan', 'ewa.nowak-sheridan@nhs.net'),
    subject: 'locked out',
    text: `Sorry, I know this is the Open Exeter inbox but I can't find the right one - I'm locked out of PCSE Online (not Open Exeter). Username ewa.nowak-sheridan@nhs.net, Saltaire Medical Practice B87012. Could you unlock or pass this on? Ewa${NHS_FOOTER}`,
    expected: {
      kind: 'account_unlock', ignored: null, organisation: { odsCode: 'B87012', type: 'gp_practice' },
      fields: { username: 'ewa.nowak-sheridan@nhs.net' },
      mustRaise: [], traits: ['misdirected', 'sender_is_account_holder'],
    },
  });

  // 212 question
  m.push({
    mailbox: mb, slug: '212-question-no-signatory', at: 19200,
    from: addr('Owen Hale', 'owen.hale@nhs.net'),
    subject: 'Who signs the form?',
    text: `Hello, we're a tiny practice and our only GP is also the Caldicott Guardian. Can she sign the primary user form when she is also the person being nominated? Owen${NHS_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question'] },
  });

  // 213 chaser with reference in the subject
  m.push({
    mailbox: mb, slug: '213-chaser-ref-subject', at: 20800,
    from: addr('Femi Adeyinka', 'femi.adeyinka@nhs.net'),
    subject: 'Chasing PCSE-2026-005349',
    text: `Hi, any news on this one? Agnieszka still can't log in. Thanks${NHS_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref', 'ref_in_subject_only'] },
  });

  // 214 auto reply
  m.push({
    mailbox: mb, slug: '214-auto-reply', at: 22400,
    from: addr('Tobias Fenn', 'tobias.fenn@nhs.net'),
    subject: 'Automatic reply: Open Exeter - further information required',
    headers: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All']],
    text: `Thank you for your email. I work Monday to Wednesday and will reply on my return.`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply'] },
  });

  return m;
}
