// openexeter: primary user forms, extra permissions, new-user notifications and the rest.
import { BHP_FOOTER, CORDWAINER_FOOTER, NORTHGATE_FOOTER } from './common.js';
import { NHSMAIL_FOOTER, msoParas, msoTable, multipart, rfc822Part, textPart } from './lib.js';
import { buildEml, person, type Spec } from './mail.js';
import { oeAcro, oeScan } from './pdfs.js';

const gp = (odsCode: string) => ({ odsCode, type: 'gp_practice' });

export async function openexeter(): Promise<Spec[]> {
  const specs: Spec[] = [];

  // 039 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 39,
    slug: 'oe-primary-user-scan-sideways',
    from: ['Kelsey Road Surgery', 'kelseyroad.surgery@nhs.net'],
    subject: 'Open Exeter primary user form',
    date: '2026-11-02T11:55:31Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hello,

Please find attached our Open Exeter primary user form for Hannah, signed by Dr Siddiqui. Apologies, the scanner has put it in sideways - I hope you can still read it.

Many thanks
Tracey Mold
Reception Manager
Kelsey Road Surgery | Brackenfield Health Partnership

${BHP_FOOTER}
`,
    attachments: [{
      filename: 'SKM_C300i26110211540.pdf',
      data: await oeScan({
        kind: 'gp', orgName: 'Kelsey Road Surgery', orgCode: 'D83041', forename: 'Hannah', surname: 'Blackwood-Price', jobTitle: 'Patient Services Lead',
        email: 'hannah.blackwood-price@nhs.net', phone: '01632 960 650', sigName: 'Dr Farhan Siddiqui', sigPosition: 'GP Partner', capacity: 1, signed: true, date: '30/10/26', seed: 'oe039',
      }, 90),
    }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: gp('D83041'),
      fields: { organisationKind: 'gp_practice', nominee: person('Hannah Blackwood-Price', 'hannah.blackwood-price@nhs.net'), signatory: { ...person('Farhan Siddiqui', null), role: 'gp_partner' } },
      mustRaise: [],
      traits: ['pdf_scan', 'rotated_scan', 'handwriting', 'shortened_name', 'shared_mailbox_personal_signoff', 'hyphenated_name', 'ods_in_pdf_only'],
    },
  });

  // 040 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 40,
    slug: 'oe-primary-user-signed-by-pm',
    from: ['Thornbury Lane Practice', 'thornburylane.practice@nhs.net'],
    subject: 'Primary User application - Thornbury Lane Practice D83052',
    date: '2026-11-04T10:02:47Z',
    client: 'outlook',
    auth: 'pass',
    html: msoParas(`Hi,

Please see attached the completed Open Exeter primary user application for our administrator Seren Hughes. I have signed it as practice manager as the partners are all on a training afternoon today.

Thanks
Dawn Ashworth
Practice Manager, Thornbury Lane Practice
Brackenfield Health Partnership`),
    attachments: [{
      filename: 'OE Primary User form - Seren Hughes.pdf',
      data: await oeAcro({
        kind: 'gp', orgName: 'Thornbury Lane Practice', orgCode: 'D83052', forename: 'Seren', surname: 'Hughes', jobTitle: 'Administrator',
        email: 'seren.hughes@nhs.net', phone: '', sigName: 'Dawn Ashworth', sigPosition: 'Practice Manager', capacity: null, signed: true, date: '03/11/2026', seed: 'oe040',
      }),
    }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: gp('D83052'),
      fields: { organisationKind: 'gp_practice', nominee: person('Seren Hughes', 'seren.hughes@nhs.net'), signatory: { ...person('Dawn Ashworth', null), role: 'other' } },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['pdf_acroform', 'form_fields_blank', 'practice_manager_signatory', 'shared_mailbox_personal_signoff'],
    },
  });

  // 041 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 41,
    slug: 'oe-primary-user-unsigned-acroform',
    from: ['Northgate IT Service Desk', 'northgate.itservicedesk@nhs.net'],
    subject: "Open Exeter - Primary User request - St Aidan's Surgery [Ticket NG-48377]",
    date: '2026-11-06T14:33:09Z',
    client: 'outlook',
    auth: 'pass',
    text: `Good afternoon,

Ticket NG-48377. Please find attached the signed Primary User form for St Aidan's Surgery (N84047), for their new senior receptionist. Dr Álvarez de Toledo is the Lead GP there.

Regards
Marek Wróbel
IT Service Desk Analyst
Northgate Primary Care Group

${NORTHGATE_FOOTER}
`,
    attachments: [{
      filename: 'OE_PU_StAidans_N84047.pdf',
      data: await oeAcro({
        kind: 'gp', orgName: "St Aidan's Surgery", orgCode: 'N84047', forename: 'Olena', surname: 'Shevchenko', jobTitle: 'Senior Receptionist',
        email: 'olena.shevchenko@nhs.net', phone: '', sigName: 'Dr Beatriz Álvarez de Toledo', sigPosition: 'Lead GP', capacity: 0, signed: false, date: '', seed: 'oe041',
      }),
    }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: gp('N84047'),
      fields: { organisationKind: 'gp_practice', nominee: person('Olena Shevchenko', 'olena.shevchenko@nhs.net'), signatory: { ...person('Beatriz Álvarez de Toledo', null), role: 'lead_gp' } },
      mustRaise: ['missing_signature'],
      traits: ['pdf_acroform', 'unsigned_form', 'form_fields_blank', 'says_signed_but_not', 'two_part_surname', 'group_central_team', 'ticket_reference'],
    },
  });

  // 042 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 42,
    slug: 'oe-primary-user-walk-in-scan',
    from: ['Harbourside Walk-in Centre', 'harbourside.wic@nhs.net'],
    subject: 'OE primary user - Harbourside Walk-in Centre (non GP)',
    date: '2026-11-09T18:22:40Z',
    client: 'outlook',
    auth: 'pass',
    text: `Good evening,

Attached is the Open Exeter primary user form (other organisations version) for our walk-in and out-of-hours centre. We don't have a GP practice code as we are not a practice - I have left the code box blank, I hope that is OK.

It is signed by our Medical Director who is also the Caldicott Guardian for Solent Coast Urgent Care.

Kind regards
Pat Mulgrew
Centre Administrator
Harbourside Walk-in Centre
Solent Coast Urgent Care CIC

${NHSMAIL_FOOTER}`,
    attachments: [{
      filename: 'scan0042.pdf',
      data: await oeScan({
        kind: 'other', orgName: 'Harbourside Walk-in Centre', orgCode: '', forename: 'Kerry-Ann', surname: 'Stubbs', jobTitle: 'Clinical Systems Lead',
        email: 'kerryann.stubbs@nhs.net', phone: '01632 964 010', sigName: 'Dr Marcus Oyelaran', sigPosition: 'Medical Director', capacity: 0, signed: true, date: '06/11/2026', seed: 'oe042',
      }, 0),
    }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: { odsCode: null, type: 'other' },
      fields: { organisationKind: 'other', nominee: person('Kerry-Ann Stubbs', 'kerryann.stubbs@nhs.net'), signatory: { ...person('Marcus Oyelaran', null), role: 'caldicott_guardian' } },
      mustRaise: [],
      traits: ['pdf_scan', 'handwriting', 'walk_in_centre', 'no_ods_code', 'form_fields_blank', 'shared_mailbox_personal_signoff'],
    },
  });

  // 043 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 43,
    slug: 'oe-primary-user-board-member-table',
    from: ['Northgate Workforce Team', 'northgate.workforce@nhs.net'],
    subject: 'Open Exeter Primary User - Fernhill Practice',
    date: '2026-11-10T09:47:15Z',
    client: 'outlook',
    auth: 'pass',
    html: `${msoParas(`Dear Open Exeter team,

Please set up the person below as a second Primary User for Fernhill Practice (N84012). The form is attached, signed by Alistair Fenwick, who is a member of the Board of Directors of Northgate Primary Care Group Ltd (the provider for all four of our practices). Alistair's email is alistair.fenwick@nhs.net.`)}
${msoTable([
      ['Name', 'Job title', 'NHSmail', 'Smartcard UUID', 'Start date', 'Hours'],
      ['Grace Oduro', 'Practice Manager', 'grace.oduro@nhs.net', '7001 2345 6789', '01/09/2026', '37.5'],
    ], { header: true })}
${msoParas(`
Kind regards
Priya Raman
Workforce Coordinator, Northgate Primary Care Group

${NORTHGATE_FOOTER}`)}`,
    attachments: [{
      filename: 'Fernhill - OE Primary User - G Oduro.pdf',
      data: await oeAcro({
        kind: 'gp', orgName: 'Fernhill Practice', orgCode: 'N84012', forename: 'Grace', surname: 'Oduro', jobTitle: 'Practice Manager',
        email: 'grace.oduro@nhs.net', phone: '01632 962 300', sigName: 'Alistair Fenwick', sigPosition: 'Director, Northgate Primary Care Group Ltd', capacity: 4, signed: true, date: '09/11/2026', seed: 'oe043',
      }),
    }],
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null, organisation: gp('N84012'),
      fields: { organisationKind: 'gp_practice', nominee: person('Grace Oduro', 'grace.oduro@nhs.net'), signatory: { ...person('Alistair Fenwick', 'alistair.fenwick@nhs.net'), role: 'board_member' } },
      mustRaise: [],
      traits: ['pdf_acroform', 'html_table_header_row', 'extra_columns', 'alarming_no_finding', 'group_central_team'],
    },
  });

  // 044 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 44,
    slug: 'oe-permissions-gp-partner',
    from: ['Imogen Fairweather', 'imogen.fairweather@nhs.net'],
    subject: 'Additional Open Exeter permissions - Andreea Popescu',
    date: '2026-11-11T12:10:05Z',
    client: 'outlook',
    auth: 'pass',
    text: `Dear Open Exeter team,

As a GP Partner at The Ropewalk Practice (M85118) I would like to request additional permissions for our practice manager, Andreea Popescu (andreea.popescu2@nhs.net), who already has an Open Exeter account with user ID APOPESCU.

Please add:
- Cytology - Prior Notification List
- Cytology - Result Enquiry

Kind regards
Dr Imogen Fairweather
GP Partner
The Ropewalk Practice, Cordwainer Medical Group

${CORDWAINER_FOOTER}
`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: gp('M85118'),
      fields: {
        user: { ...person('Andreea Popescu', 'andreea.popescu2@nhs.net'), username: 'APOPESCU' },
        permissions: ['Cytology - Prior Notification List', 'Cytology - Result Enquiry'],
        signatory: { ...person('Imogen Fairweather', 'imogen.fairweather@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['bulleted_list', 'signature_block'],
    },
  });

  // 045 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 45,
    slug: 'oe-permissions-from-pm',
    from: ['Sharon Heap', 'sharon.heap@nhs.net'],
    subject: 'Open Exeter access for Emeka',
    date: '2026-11-12T15:21:48Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hi,

Could you please give Emeka (Chukwuemeka Obi, chukwuemeka.obi@nhs.net, Open Exeter user COBI104) the Patient Enquiry permission in Open Exeter? He already has a login.

Thanks
Sharon Heap
Practice Manager
Hollins Green Surgery M85104
`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: gp('M85104'),
      fields: {
        user: { ...person('Chukwuemeka Obi', 'chukwuemeka.obi@nhs.net'), username: 'COBI104' },
        permissions: ['Patient Enquiry'],
        signatory: { ...person('Sharon Heap', 'sharon.heap@nhs.net'), role: 'other' },
      },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['practice_manager_signatory', 'shortened_name'],
    },
  });

  // 046 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 46,
    slug: 'oe-permissions-gp-from-gmail',
    from: ['Rhodri Powell', 'rhodri.powell.gp@gmail.com'],
    subject: 'Open Exeter permissions for Aoife - Harrowgate Lane',
    date: '2026-11-13T08:05:55Z',
    client: 'gmail',
    auth: 'gmail',
    text: `Hello

I'm a GP Partner at Harrowgate Lane Surgery (N84058). I'm away this week so writing from my personal account, apologies. Please could you add the Call/Recall permission to Aoife Ní Dhomhnaill's Open Exeter account (user ID ANIDHOMHNAILL, email aoife.nidhomhnaill@nhs.net) - she is taking over cervical screening recalls from Susan who leaves at the end of the month.

Thanks
Rhodri Powell
GP Partner
`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: gp('N84058'),
      fields: {
        user: { ...person('Aoife Ní Dhomhnaill', 'aoife.nidhomhnaill@nhs.net'), username: 'ANIDHOMHNAILL' },
        permissions: ['Call/Recall'],
        signatory: { ...person('Rhodri Powell', 'rhodri.powell.gp@gmail.com'), role: 'gp_partner' },
      },
      mustRaise: ['sender_not_nhs'],
      traits: ['non_nhs_sender', 'gmail', 'non_ascii_name', 'several_people'],
    },
  });

  // 047 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 47,
    slug: 'oe-permissions-dispensing-caldicott',
    from: ['Miriam Ashby-Cole', 'miriam.ashby-cole@nhs.net'],
    subject: 'Open Exeter - additional permissions - Upper Fold Surgery J82117',
    date: '2026-11-16T11:42:27Z',
    client: 'outlook',
    auth: 'pass',
    html: msoParas(`Dear colleagues,

I am the Caldicott Guardian for Upper Fold Surgery (dispensing practice, J82117). Please grant our practice nurse Bronwen Tudor (bronwen.tudor@nhs.net, Open Exeter user name BTUDOR) the following additional permission:

Cytology - Result Enquiry

With thanks
Dr Miriam Ashby-Cole
GP and Caldicott Guardian
Upper Fold Surgery`),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: gp('J82117'),
      fields: {
        user: { ...person('Bronwen Tudor', 'bronwen.tudor@nhs.net'), username: 'BTUDOR' },
        permissions: ['Cytology - Result Enquiry'],
        signatory: { ...person('Miriam Ashby-Cole', 'miriam.ashby-cole@nhs.net'), role: 'caldicott_guardian' },
      },
      mustRaise: [],
      traits: ['dispensing_practice', 'hyphenated_name'],
    },
  });

  // 048 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 48,
    slug: 'oe-new-user-notification',
    from: ['Open Exeter', 'openexeter.notifications@nhs.net'],
    subject: 'Open Exeter: new user created for organisation D83027',
    date: '2026-11-17T09:15:00Z',
    client: 'system',
    auth: 'pass',
    text: `OPEN EXETER - NEW USER NOTIFICATION

A Primary User has created a new user account. The account requires authorisation by PCSE before a password is issued.

Organisation code : D83027
Organisation name : ASHCOMBE MEDICAL CENTRE
New user ID       : RLOWTHER
New user name     : LOWTHER, REBECCA
New user email    : rebecca.lowther@nhs.net
Created by        : HARRINGTON, ELIZABETH (EHARRINGTON)
Created on        : 17/11/2026 09:14

This is an automatically generated message. Please do not reply.
`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: gp('D83027'),
      fields: { user: { ...person('Rebecca Lowther', 'rebecca.lowther@nhs.net'), username: 'RLOWTHER' }, createdBy: person('Elizabeth Harrington', null) },
      mustRaise: [],
      traits: ['system_notification', 'surname_first_caps'],
    },
  });

  // 049 ----------------------------------------------------------------------------------------------
  const inner = buildEml({
    n: 4900,
    slug: 'inner-notification',
    from: ['Open Exeter', 'openexeter.notifications@nhs.net'],
    to: 'grace.oduro@nhs.net',
    subject: 'Open Exeter: new user created for organisation N84012',
    date: '2026-11-18T08:31:00Z',
    client: 'system',
    auth: 'none',
    text: `OPEN EXETER - NEW USER NOTIFICATION

A Primary User has created a new user account. The account requires authorisation by PCSE before a password is issued.

Organisation code : N84012
Organisation name : FERNHILL PRACTICE
New user ID       : KASANTEMENSAH
New user name     : ASANTE-MENSAH, KWABENA
New user email    : kwabena.asante-mensah@nhs.net
Created by        : ODURO, GRACE (GODURO)
Created on        : 18/11/2026 08:30

This is an automatically generated message. Please do not reply.
`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: [] },
  }, 'openexeter').eml;
  specs.push({
    n: 49,
    slug: 'oe-new-user-forwarded-by-creator',
    from: ['Grace Oduro', 'grace.oduro@nhs.net'],
    subject: 'FW: Open Exeter: new user created for organisation N84012',
    date: '2026-11-18T08:49:21Z',
    client: 'outlook',
    auth: 'pass',
    body: multipart('mixed', [
      textPart(`Morning,

I created Kwabena (our new HCA) on Open Exeter this morning - the notification is attached. Could you authorise him and send his password please? He starts clinics next week.

Thanks
Grace Oduro
Practice Manager, Fernhill Practice
Northgate Primary Care Group
`),
      rfc822Part(inner, 'Open Exeter new user created.eml'),
    ], 'n49'),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: gp('N84012'),
      fields: { user: { ...person('Kwabena Asante-Mensah', 'kwabena.asante-mensah@nhs.net'), username: 'KASANTEMENSAH' }, createdBy: person('Grace Oduro', 'grace.oduro@nhs.net') },
      mustRaise: [],
      traits: ['forwarded_as_attachment', 'message_rfc822', 'system_notification', 'creator_forwards', 'hyphenated_name', 'surname_first_caps'],
    },
  });

  // 050 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 50,
    slug: 'verification-link-misdirected',
    from: ['Kwame Mensah-Bonsu', 'k.mensah-bonsu@nhs.net'],
    subject: 'PCSE online link',
    date: '2026-11-19T13:01:36Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hello

I'm back from leave and have been asked to sign a form for the practice, but I have never managed to log in to PCSE Online - I don't think I ever received the verification link. Could you send a new one to my GMC registered email, which is this address (k.mensah-bonsu@nhs.net)? GMC no. 7012345.

Apologies if this is the wrong team.

Dr Kwame Mensah-Bonsu
GP Partner
Quayside Medical Practice N84033
`,
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: gp('N84033'),
      fields: { accountEmail: 'k.mensah-bonsu@nhs.net', gmcNumber: '7012345' },
      mustRaise: [],
      traits: ['misdirected', 'hyphenated_name', 'ods_in_signature_only'],
    },
  });

  // 051 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 51,
    slug: 'oe-chaser-reference-in-subject',
    from: ['Thornbury Lane Practice', 'thornburylane.practice@nhs.net'],
    subject: 'RE: PCSE-2026-004311 Open Exeter primary user',
    date: '2026-11-25T14:44:00Z',
    client: 'outlook',
    auth: 'pass',
    text: `Hi, any news on this one please? Seren is still waiting for her Open Exeter access.

Thanks, Dawn

${BHP_FOOTER}
`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference', 'short'] },
  });

  // 052 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 52,
    slug: 'oe-out-of-office',
    from: ['Marek Wróbel', 'marek.wrobel@nhs.net'],
    subject: 'Automatic reply: PCSE-2026-004350 Open Exeter - further information required',
    date: '2026-11-26T16:00:41Z',
    client: 'outlook',
    auth: 'pass',
    extraHeaders: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'],
    text: `Dzień dobry / Hello,

I am on annual leave until 7 December. Tickets for the Northgate IT Service Desk should be sent to northgate.itservicedesk@nhs.net or phoned through on 01632 962 000 option 2.

Marek
`,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'non_ascii_name', 'case_reference'] },
  });

  // 053 ----------------------------------------------------------------------------------------------
  specs.push({
    n: 53,
    slug: 'oe-question-super-user',
    from: ['Nowak-Kowalska, Katarzyna', 'k.nowak-kowalska@nhs.net'],
    subject: 'Question - Primary User / super user?',
    date: '2026-11-27T10:26:19Z',
    client: 'outlook',
    auth: 'pass',
    html: msoParas(`Hello,

I am quite new to the admin side at Kelsey Road. Our HR team keep calling me the "super user" for Open Exeter but I am not sure if that is the same as "Primary User" or "Primary Contact", or if I need a separate form. Also is the Exeter system the same login as the PCSE portal?

Thank you
Kasia`),
    htmlOnly: true,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['genuine_question', 'newcomer_terms', 'shortened_name', 'html_only'] },
  });

  return specs;
}
