// pcse.openexeter@nhs.net: 025–059.
import {
  acroPdf, type CaseDef, dt, fieldNames, flatPdf, iso, mail, NHSMAIL_FOOTER, OE_DESCRIPTIVE, OE_DESCRIPTIVE_GP, oeFill, PCSE, pdf, person, scanPdf,
  type ScanStyle, signatory,
} from './common.js';
import { letter, oeForm } from './layouts.js';
import { mbox } from './mime.js';

const TO = PCSE.openexeter;
const OE_SYSTEM = mbox('Open Exeter Notifications', 'exeter.notifications@nhs.net');
const SYSTEM_HEADERS: [string, string][] = [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All'], ['X-Mailer', 'OpenExeter Notification Service 3.2']];

interface Notice {
  code: string;
  orgName: string;
  userId: string;
  userName: string;
  email: string;
  role: string;
  createdBy: string;
  when: string;
}
const noticeText = (n: Notice) => `This is an automated message from Open Exeter. Please do not reply to this email.

A new user account has been created by an Organisation Maintenance (Primary) user and requires authorisation by PCSE.

Organisation code   : ${n.code}
Organisation name   : ${n.orgName}
New user ID         : ${n.userId}
New user name       : ${n.userName}
New user email      : ${n.email}
Job role            : ${n.role}
Created by          : ${n.createdBy}
Date/time created   : ${n.when}

Please authorise this user and issue a temporary password.

Open Exeter
NHS England
`;

const gpForm = () => oeForm('gp');
const otherForm = () => oeForm('other');
const ACRO_META = (d: string, creator = 'Adobe Acrobat Reader (64-bit) 25.1.20432') => ({ title: 'Open Exeter Primary User Request Form', creator, producer: 'Adobe Acrobat Pro (64-bit) 24.2.20759', date: d });

export const openexeter: CaseDef[] = [
  // 025 GP practice, fillable form, signed by the Lead GP; the nominee sends it
  async () => {
    const pages = gpForm();
    const form = await acroPdf(pages, oeFill({
      orgName: 'Hollins Park Surgery', orgCode: 'N81093', address: 'Hollins Park, Winwick Road, Warrington', postcode: 'WA2 8WA', phone: '01925 815 330',
      puTitle: 'Mrs', puFirst: 'Joanne', puSurname: 'Eckersley', puJob: 'Practice Manager', puEmail: 'joanne.eckersley@nhs.net', puPhone: '01925 815 331',
      sigName: 'Dr Michael Tran', sigPosition: 'Lead GP', sigEmail: 'michael.tran2@nhs.net', sigDate: '03/11/2026',
    }, ['cap_lead_gp'], { kind: 'text', s: 'M Tran' }), ACRO_META(iso(11, 3, 9, 30)), { names: fieldNames(pages, 'descriptive', OE_DESCRIPTIVE_GP) });
    return {
      n: 25, mailbox: 'openexeter', slug: 'gp-fillable-lead-gp-nominee-sends',
      eml: mail({
        id: 'c49-025', client: 'nhsmail', date: dt(11, 3, 9, 47, 2),
        from: mbox('Joanne Eckersley', 'joanne.eckersley@nhs.net'), to: TO,
        subject: 'Open Exeter Primary User request - Hollins Park Surgery',
        text: `Hello,

Please find attached our Open Exeter Primary User request form. I have recently taken over as practice manager at Hollins Park Surgery and need to be able to set up and manage staff access for cervical screening.

The form has been signed by our Lead GP, Dr Tran.

Kind regards
Joanne Eckersley
Practice Manager
Hollins Park Surgery
Tel: 01925 815 330
${NHSMAIL_FOOTER}`,
        attachments: [pdf('OE Primary User Request - Hollins Park Surgery.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'N81093', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Joanne Eckersley', 'joanne.eckersley@nhs.net'), signatory: signatory('Michael Tran', 'michael.tran2@nhs.net', 'lead_gp') },
        mustRaise: [], traits: ['pdf_acroform', 'sender_is_nominee', 'typed_signature'],
      },
    };
  },

  // 026 GP practice, Word-exported form, signed by a partner; sent by her secretary
  async () => {
    const form = await flatPdf(gpForm(), oeFill({
      orgName: 'The Limes Medical Centre', orgCode: 'G81033', address: 'The Limes, 57 London Road, East Grinstead, West Sussex', postcode: 'RH19 1EQ', phone: '01342 327 555',
      puTitle: 'Mr', puFirst: 'Marcus', puSurname: 'Oyelaran', puJob: 'Assistant Practice Manager', puEmail: 'marcus.oyelaran@nhs.net', puPhone: '01342 327 560',
      sigName: 'Dr Catherine Ashworth-Lee', sigPosition: 'GP Partner', sigEmail: 'catherine.ashworth-lee@nhs.net', sigDate: '4 November 2026',
    }, ['cap_gp_partner'], { kind: 'scribble', seed: 2026 }), { title: 'OE Primary User Request GP', author: 'Bethany Cole', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: iso(11, 4, 14, 10) }, { valueFont: 'serif', valueSize: 11, interleave: true, checkMark: 'X' });
    return {
      n: 26, mailbox: 'openexeter', slug: 'gp-word-form-partner-secretary-sends',
      eml: mail({
        id: 'c49-026', client: 'nhsmail', date: dt(11, 4, 14, 26, 38),
        from: mbox('COLE, Bethany (THE LIMES MEDICAL CENTRE)', 'bethany.cole6@nhs.net'), to: TO,
        subject: 'Open Exeter form',
        text: `Hi there,

Dr Ashworth-Lee has asked me to send the attached form to you. It is to set up Marcus as a Primary User for Open Exeter for The Limes.

Many thanks,
Beth

Bethany Cole
Medical Secretary to the Partners
The Limes Medical Centre
${NHSMAIL_FOOTER}`,
        attachments: [pdf('OE PU form - M Oyelaran.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'G81033', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Marcus Oyelaran', 'marcus.oyelaran@nhs.net'), signatory: signatory('Catherine Ashworth-Lee', 'catherine.ashworth-lee@nhs.net', 'gp_partner') },
        mustRaise: [], traits: ['pdf_flat', 'word_export', 'sender_is_neither', 'hyphenated_name', 'nickname_in_body'],
      },
    };
  },

  // 027 GP practice (an F-prefixed practice code), form filled by hand in capitals and scanned on an MFD
  async () => {
    const fill = oeFill({
      orgName: 'Elmhurst Medical Practice', orgCode: 'F84722', address: '112 Romford Road, Forest Gate, London', postcode: 'E7 9HZ', phone: '020 8555 0142',
      puTitle: 'Miss', puFirst: 'Adaeze', puSurname: 'Nwosu', puJob: 'Deputy Practice Manager', puEmail: 'adaeze.nwosu@nhs.net', puPhone: '020 8555 0142',
      sigName: 'Dr Rupert Haines', sigPosition: 'Caldicott Guardian', sigEmail: 'rupert.haines1@nhs.net', sigDate: '12/11/2026',
    }, ['cap_caldicott'], { kind: 'scribble', seed: 2027 });
    const st: ScanStyle = {
      dpi: 150, seed: 49027, rotateDeg: 0.9, noise: 16, speckles: 260, shadowEdge: 'left', jpegQuality: 78,
      hand: { family: 'LNarrow', size: 12, color: [0.1, 0.15, 0.55], jitter: 1, slope: 0.004, spacing: 1.06, upper: true },
    };
    const scan = await scanPdf(gpForm(), fill, { creator: 'RICOH MP C3004ex', producer: 'RICOH MP C3004ex', date: iso(11, 12, 10, 42) }, st);
    return {
      n: 27, mailbox: 'openexeter', slug: 'gp-handwritten-scan-caldicott',
      eml: mail({
        id: 'c49-027', client: 'nhsmail', date: dt(11, 12, 10, 58, 11),
        from: mbox('NWOSU, Adaeze (ELMHURST MEDICAL PRACTICE)', 'adaeze.nwosu@nhs.net'), to: TO,
        subject: 'Primary User Request - Elmhurst Medical Practice',
        text: `Hello,

Please find attached the signed primary user request form for Elmhurst Medical Practice.

Kind regards,

Adaeze Nwosu
Deputy Practice Manager
Elmhurst Medical Practice
112 Romford Road, London E7 9HZ
`,
        attachments: [pdf('SCAN_20261112_104233.pdf', scan)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'F84722', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Adaeze Nwosu', 'adaeze.nwosu@nhs.net'), signatory: signatory('Rupert Haines', 'rupert.haines1@nhs.net', 'caldicott_guardian') },
        mustRaise: [], traits: ['pdf_scan', 'handwritten', 'block_capitals', 'f_prefixed_gp_code', 'sender_is_nominee', 'see_attached'],
      },
    };
  },

  // 028 GP practice: the form retyped into the body, "signed" by the practice manager himself
  async () => ({
    n: 28, mailbox: 'openexeter', slug: 'gp-retyped-form-practice-manager-signs',
    eml: mail({
      id: 'c49-028', client: 'nhsmail', date: dt(11, 18, 16, 4, 45),
      from: mbox('Graham Teasdale', 'graham.teasdale@nhs.net'), to: TO,
      subject: "Open Exeter Primary User request - St Bede's Surgery A88014",
      text: `Hello,

I tried to fill in the PDF form from your website but it wouldn't let me save it, so I have typed the details out below. Hope that's OK.

Practice details
Practice name: St Bede's Surgery
Practice code: A88014
Address: 3 Front Street, Boldon Colliery, Tyne and Wear NE35 9BS
Telephone: 0191 536 2210

Primary User
Name: Louise Carr
Job title: Office Manager
Email: louise.carr4@nhs.net
Telephone: 0191 536 2214
Existing Open Exeter user ID: LCARR01

Authorised signatory
Name: Graham Teasdale
Position: Practice Manager
Email: graham.teasdale@nhs.net
Signed: G. Teasdale
Date: 18/11/2026

Regards
Graham Teasdale
Practice Manager
St Bede's Surgery
`,
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null,
      organisation: { odsCode: 'A88014', type: 'gp_practice' },
      fields: { organisationKind: 'gp_practice', nominee: person('Louise Carr', 'louise.carr4@nhs.net'), signatory: signatory('Graham Teasdale', 'graham.teasdale@nhs.net', 'other') },
      mustRaise: ['signatory_role_not_allowed'], traits: ['retyped_form', 'practice_manager_signs', 'sender_is_signatory', 'existing_user_id'],
    },
  }),

  // 029 GP practice: the existing Primary Contact (a practice manager) nominates her successor; Acrobat's Text1… field names
  async () => {
    const pages = gpForm();
    const form = await acroPdf(pages, oeFill({
      orgName: 'Oakwood Lane Medical Centre', orgCode: 'K83042', address: 'Oakwood Lane, Kettering, Northamptonshire', postcode: 'NN15 6PQ', phone: '01536 410 800',
      puTitle: 'Mr', puFirst: 'Daniel', puSurname: 'Okonkwo-Reid', puJob: 'Practice Manager (from 1 December 2026)', puEmail: 'daniel.okonkwo-reid@nhs.net', puPhone: '01536 410 802',
      sigName: 'Sandra Whitfield', sigPosition: 'Practice Manager / Primary Contact', sigEmail: 'sandra.whitfield@nhs.net', sigDate: '20/11/2026',
    }, ['cap_existing_pc'], { kind: 'text', s: 'S. Whitfield' }), ACRO_META(iso(11, 20, 13, 0), 'Microsoft Edge PDF'), { names: fieldNames(pages, 'acrobat') });
    return {
      n: 29, mailbox: 'openexeter', slug: 'gp-existing-primary-contact-successor',
      eml: mail({
        id: 'c49-029', client: 'nhsmail', date: dt(11, 20, 13, 17, 30),
        from: mbox('Sandra Whitfield', 'sandra.whitfield@nhs.net'), to: TO,
        subject: 'Primary User - Oakwood Lane Medical Centre - replacement',
        text: `Hi,

I am retiring on 18th December and I'm currently the Primary Contact for Open Exeter for Oakwood Lane Medical Centre. Please could you set up Daniel Okonkwo-Reid, who is taking over from me, as a Primary User. The signed form is attached.

Please could my own access be removed after 18/12.

Many thanks
Sandra

Sandra Whitfield
Practice Manager
Oakwood Lane Medical Centre
`,
        attachments: [pdf('Open Exeter PU form.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'K83042', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Daniel Okonkwo-Reid', 'daniel.okonkwo-reid@nhs.net'), signatory: signatory('Sandra Whitfield', 'sandra.whitfield@nhs.net', 'existing_primary_contact') },
        mustRaise: [], traits: ['pdf_acroform', 'generic_field_names', 'existing_primary_contact', 'practice_manager_allowed_as_primary_contact', 'second_request_in_body'],
      },
    };
  },

  // 030 GP practice: an administrator signed "pp" for the Lead GP named on the form, and says so
  async () => {
    const form = await flatPdf(gpForm(), oeFill({
      orgName: 'Wheatfield Surgery', orgCode: 'L83105', address: 'Wheatfield Road, Plympton, Plymouth', postcode: 'PL7 2XQ', phone: '01752 336 900',
      puTitle: 'Ms', puFirst: 'Fiona', puSurname: 'Gallagher', puJob: 'Practice Manager', puEmail: 'fiona.gallagher5@nhs.net',
      sigName: 'Dr Anil Mehta', sigPosition: 'Lead GP', sigEmail: 'anil.mehta@nhs.net', sigDate: '16/11/2026',
    }, ['cap_lead_gp'], { kind: 'text', s: 'pp K Doyle' }), { title: 'Open Exeter Primary User Request Form', creator: 'Microsoft: Print To PDF', producer: 'Microsoft: Print To PDF', date: iso(11, 16, 15, 1) }, { valueFont: 'sans', valueSize: 10 });
    return {
      n: 30, mailbox: 'openexeter', slug: 'gp-admin-signs-pp-lead-gp',
      eml: mail({
        id: 'c49-030', client: 'nhsmail', date: dt(11, 16, 15, 20, 9),
        from: mbox('Kerry Doyle', 'kerry.doyle@nhs.net'), to: TO,
        subject: 'Open Exeter form Wheatfield Surgery',
        text: `Hi,

Attached is the Open Exeter primary user form for Fiona Gallagher, our new practice manager.

Dr Mehta is away until the 30th so I have signed it on his behalf as he asked me to before he went. I hope that is ok as Fiona needs access to sort out the smear recall lists.

Thanks
Kerry Doyle
Administrator
Wheatfield Surgery
`,
        attachments: [pdf('Wheatfield OE form.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'L83105', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Fiona Gallagher', 'fiona.gallagher5@nhs.net'), signatory: signatory('Kerry Doyle', 'kerry.doyle@nhs.net', 'other') },
        mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat', 'pp_signature', 'admin_signs_for_gp', 'cover_contradicts_form', 'sender_is_signatory'],
      },
    };
  },

  // 031 GP practice: the covering email says the Lead GP signed; the form says the signatory is a salaried GP (no box ticked)
  async () => {
    const pages = gpForm();
    const form = await acroPdf(pages, oeFill({
      orgName: 'Brampton Road Practice', orgCode: 'C83650', address: '114 Brampton Road, Lincoln', postcode: 'LN1 3HP', phone: '01522 540 770',
      puTitle: 'Mrs', puFirst: 'Kelly', puSurname: 'Brennan', puJob: 'Reception Manager', puEmail: 'kelly.brennan2@nhs.net', puPhone: '01522 540 771',
      sigName: 'Dr Chinedu Okafor', sigPosition: 'Salaried GP', sigEmail: 'chinedu.okafor@nhs.net', sigDate: '19/11/2026',
    }, [], { kind: 'scribble', seed: 2031 }), ACRO_META(iso(11, 19, 10, 5)), { names: fieldNames(pages, 'livecycle') });
    return {
      n: 31, mailbox: 'openexeter', slug: 'gp-cover-says-lead-gp-form-says-salaried',
      eml: mail({
        id: 'c49-031', client: 'nhsmail', date: dt(11, 19, 10, 21, 57),
        from: mbox('Helen Marsh', 'helen.marsh3@nhs.net'), to: TO,
        subject: 'OE Primary User form - Brampton Road Practice C83650',
        text: `Dear PCSE,

Please find attached the completed Primary User request for Kelly Brennan, our reception manager. The form has been signed by our Lead GP, Dr Okafor.

Kind regards
Helen Marsh
Practice Manager
Brampton Road Practice
`,
        attachments: [pdf('Brampton Rd - OE Primary User - K Brennan.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'C83650', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Kelly Brennan', 'kelly.brennan2@nhs.net'), signatory: signatory('Chinedu Okafor', 'chinedu.okafor@nhs.net', 'other') },
        mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_acroform', 'livecycle_field_names', 'cover_contradicts_form', 'no_capacity_ticked', 'sender_is_neither'],
      },
    };
  },

  // 032 GP practice: fillable form complete except the signature and date
  async () => {
    const pages = gpForm();
    const form = await acroPdf(pages, oeFill({
      orgName: 'Greystones Health Centre', orgCode: 'B86029', address: 'Greystones Road, Adel, Leeds', postcode: 'LS16 6EB', phone: '0113 295 4100',
      puTitle: 'Mr', puFirst: 'Mohammed', puSurname: 'Rafiq', puJob: 'IT & Data Quality Lead', puEmail: 'mohammed.rafiq3@nhs.net', puPhone: '0113 295 4120',
      sigName: 'Dr Sarah Lindqvist', sigPosition: 'GP Partner', sigEmail: 'sarah.lindqvist@nhs.net',
    }, ['cap_gp_partner'], null), ACRO_META(iso(11, 23, 8, 40)), { names: fieldNames(pages, 'descriptive', OE_DESCRIPTIVE_GP) });
    return {
      n: 32, mailbox: 'openexeter', slug: 'gp-fillable-unsigned',
      eml: mail({
        id: 'c49-032', client: 'nhsmail', date: dt(11, 23, 8, 55, 20),
        from: mbox('Mohammed Rafiq', 'mohammed.rafiq3@nhs.net'), to: TO,
        subject: 'Open Exeter primary user - Greystones HC',
        text: `Hi,

Form attached for me to be set up as a primary user on Open Exeter for Greystones. Dr Lindqvist is our partner signing it.

Thanks,
Mo

Mohammed Rafiq
IT & Data Quality Lead
Greystones Health Centre
`,
        attachments: [pdf('OE_PU_Form_Greystones.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'B86029', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Mohammed Rafiq', 'mohammed.rafiq3@nhs.net'), signatory: signatory('Sarah Lindqvist', 'sarah.lindqvist@nhs.net', 'gp_partner') },
        mustRaise: ['missing_signature'], traits: ['pdf_acroform', 'unsigned', 'sender_is_nominee', 'it_lead_nominee'],
      },
    };
  },

  // 033 community trust service, fillable "other organisations" form with LiveCycle names, Caldicott Guardian
  async () => {
    const pages = otherForm();
    const form = await acroPdf(pages, oeFill({
      orgName: 'Wealdmoor Community Healthcare NHS Trust - Integrated Sexual Health Service', orgCode: 'RXY', orgType: 'NHS Community Trust',
      address: 'Kingfisher House, 12 Station Approach, Haywards Heath, West Sussex', postcode: 'RH16 1UA', phone: '01444 882 500',
      puTitle: 'Miss', puFirst: 'Lauren', puSurname: 'Fisher', puJob: 'Team Leader - Sexual Health Administration', puEmail: 'lauren.fisher12@nhs.net', puPhone: '01444 882 561',
      sigName: 'Dr Hilary Bamford', sigPosition: 'Caldicott Guardian and Deputy Medical Director', sigEmail: 'hilary.bamford@nhs.net', sigDate: '17/11/2026',
    }, ['cap_caldicott'], { kind: 'scribble', seed: 2033 }), ACRO_META(iso(11, 17, 14, 30)), { names: fieldNames(pages, 'livecycle') });
    return {
      n: 33, mailbox: 'openexeter', slug: 'community-trust-fillable-caldicott',
      eml: mail({
        id: 'c49-033', client: 'nhsmail', date: dt(11, 17, 14, 52, 6),
        from: mbox('FISHER, Lauren (WEALDMOOR COMMUNITY HEALTHCARE NHS TRUST)', 'lauren.fisher12@nhs.net'), to: TO,
        subject: 'Open Exeter Primary User request - Wealdmoor Community Healthcare NHS Trust (RXY)',
        text: `Good afternoon,

Please find attached a Primary User request for our Integrated Sexual Health Service, which carries out cervical screening in clinic. The form has been signed by the Trust's Caldicott Guardian, Dr Hilary Bamford.

We would also like a second primary user in due course; I will send a separate form.

Kind regards

Lauren Fisher
Team Leader – Sexual Health Administration
Wealdmoor Community Healthcare NHS Trust

Working flexibly – my working hours may not be your working hours. Please do not feel obliged to reply outside of your own.
${NHSMAIL_FOOTER}`,
        attachments: [pdf('OE Primary User Request - Other Orgs - ISHS.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'RXY', type: 'other' },
        fields: { organisationKind: 'other', nominee: person('Lauren Fisher', 'lauren.fisher12@nhs.net'), signatory: signatory('Hilary Bamford', 'hilary.bamford@nhs.net', 'caldicott_guardian') },
        mustRaise: [], traits: ['community_trust', 'trust_code', 'pdf_acroform', 'livecycle_field_names', 'sender_is_nominee'],
      },
    };
  },

  // 034 out-of-hours provider, flat form, signed by a board member
  async () => {
    const form = await flatPdf(otherForm(), oeFill({
      orgName: 'Vale & Downs Urgent Care CIC', orgCode: 'NLO12', orgType: 'GP Out of Hours provider (Community Interest Company)',
      address: 'Unit 4, Foxhall Business Park, Didcot, Oxfordshire', postcode: 'OX11 7ER', phone: '01235 450 900',
      puTitle: 'Ms', puFirst: 'Stephanie', puSurname: 'Holt', puJob: 'Clinical Governance Manager', puEmail: 'stephanie.holt@nhs.net', puPhone: '01235 450 917',
      sigName: 'Dr Imran Qureshi', sigPosition: 'Medical Director (Executive Board member)', sigEmail: 'imran.qureshi4@nhs.net', sigDate: '11/11/2026',
    }, ['cap_board'], { kind: 'scribble', seed: 2034 }), { title: 'Open Exeter Primary User Request - Other Organisations', creator: 'PDF24 Creator', producer: 'GPL Ghostscript 10.02.1', date: iso(11, 11, 12, 0) }, { valueFont: 'sans', valueSize: 10 });
    return {
      n: 34, mailbox: 'openexeter', slug: 'ooh-provider-board-member',
      eml: mail({
        id: 'c49-034', client: 'nhsmail', date: dt(11, 11, 12, 33, 41),
        from: mbox('Stephanie Holt', 'stephanie.holt@nhs.net'), to: TO,
        subject: 'Primary user - Vale & Downs Urgent Care (OOH)',
        text: `Hi,

We are the GP out of hours provider for the Vale and Downs area. Our clinicians need Open Exeter to check cervical screening history for patients seen out of hours, and we have no primary user at present. Completed form attached, signed by our Medical Director who sits on our Board.

Best wishes
Stephanie Holt
Clinical Governance Manager
Vale & Downs Urgent Care CIC
`,
        attachments: [pdf('VDUC Open Exeter primary user.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'NLO12', type: 'other' },
        fields: { organisationKind: 'other', nominee: person('Stephanie Holt', 'stephanie.holt@nhs.net'), signatory: signatory('Imran Qureshi', 'imran.qureshi4@nhs.net', 'board_member') },
        mustRaise: [], traits: ['ooh_provider', 'independent_provider_code', 'pdf_flat', 'sender_is_nominee', 'ampersand_org_name'],
      },
    };
  },

  // 035 prison healthcare, "other organisations" form handwritten and scanned; signed by the existing Primary User; sent from a shared mailbox
  async () => {
    const fill = oeFill({
      orgName: 'HMP Fenbury Healthcare (Castlegate Health Partnership)', orgCode: 'NRD07', orgType: 'Prison healthcare',
      address: 'HMP Fenbury, Fen Drove, Huntingdon, Cambs', postcode: 'PE28 0XF', phone: '01480 522 870',
      puTitle: 'Mr', puFirst: 'Callum', puSurname: 'Reid', puJob: 'Healthcare Administrator', puEmail: 'callum.reid@nhs.net', puPhone: '01480 522 874',
      sigName: 'Margaret Olufemi', sigPosition: 'Head of Healthcare', sigEmail: 'margaret.olufemi@nhs.net', sigDate: '13/11/2026',
    }, ['cap_existing_pu'], { kind: 'scribble', seed: 2035 });
    const st: ScanStyle = {
      dpi: 150, seed: 49035, rotateDeg: -1.1, noise: 18, speckles: 400, shadowEdge: 'top', jpegQuality: 76, paper: 244,
      hand: { family: 'DVCondOblique', size: 11.5, color: [0.08, 0.08, 0.1], jitter: 0.6, slope: -0.002, spacing: 1.02 },
    };
    const scan = await scanPdf([otherForm()[0]!], fill, { creator: 'Xerox AltaLink C8130', producer: 'Xerox AltaLink C8130', date: iso(11, 13, 9, 15) }, st);
    return {
      n: 35, mailbox: 'openexeter', slug: 'prison-healthcare-handwritten-scan',
      eml: mail({
        id: 'c49-035', client: 'nhsmail', date: dt(11, 13, 9, 40, 2),
        from: mbox('Fenbury Healthcare', 'fenbury.healthcare@nhs.net'), to: TO,
        subject: 'HMP Fenbury - Open Exeter primary user form (scanned)',
        text: `Good morning

Please see attached scanned form for a new Open Exeter primary user at HMP Fenbury healthcare. Margaret is our current primary user and has signed it. Any problems please call the hub on 01480 522 870.

Regards
Jo
Healthcare Administration Hub
HMP Fenbury
Castlegate Health Partnership
`,
        attachments: [pdf('Doc_131126_0915.pdf', scan)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'NRD07', type: 'other' },
        fields: { organisationKind: 'other', nominee: person('Callum Reid', 'callum.reid@nhs.net'), signatory: signatory('Margaret Olufemi', 'margaret.olufemi@nhs.net', 'existing_primary_user') },
        mustRaise: [], traits: ['prison_healthcare', 'pdf_scan', 'handwritten', 'shared_sender_mailbox', 'sender_is_neither', 'existing_primary_user'],
      },
    };
  },

  // 036 ICB: the board member writes the form's details in the body from her own NHSmail account
  async () => ({
    n: 36, mailbox: 'openexeter', slug: 'icb-board-member-details-in-body',
    eml: mail({
      id: 'c49-036', client: 'nhsmail', date: dt(11, 19, 17, 42, 15),
      from: mbox('OTIENO, Jacqueline (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D)', 'jacqueline.otieno@nhs.net'), to: TO,
      cc: mbox('PENNINGTON, Oliver (NHS HUMBER AND NORTH YORKSHIRE ICB - 42D)', 'oliver.pennington@nhs.net'),
      subject: 'Open Exeter Primary User - NHS Humber and North Yorkshire ICB',
      text: `Dear colleagues,

I am writing as a member of the Board of NHS Humber and North Yorkshire Integrated Care Board to authorise a Primary User for Open Exeter for the ICB's Primary Care Quality team. The details from your form are:

Organisation: NHS Humber and North Yorkshire ICB
Organisation code: QOQ
Address: Health House, Grange Park Lane, Willerby, HU10 6DT
Primary User: Oliver Pennington, Primary Care Quality Lead
Email: oliver.pennington@nhs.net
Telephone: 01482 672 100

Signatory: Jacqueline Otieno, Director of Nursing and Quality (Board member)

I trust this email from my NHSmail account will suffice in place of a signature; please let me know if you need the PDF form as well.

Kind regards
Jacqueline

Jacqueline Otieno RN MSc
Director of Nursing and Quality
NHS Humber and North Yorkshire ICB
${NHSMAIL_FOOTER}`,
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null,
      organisation: { odsCode: 'QOQ', type: 'other' },
      fields: { organisationKind: 'other', nominee: person('Oliver Pennington', 'oliver.pennington@nhs.net'), signatory: signatory('Jacqueline Otieno', 'jacqueline.otieno@nhs.net', 'board_member') },
      mustRaise: [], traits: ['icb', 'retyped_form', 'sender_is_signatory', 'cc_nominee', 'nhsmail_display_name'],
    },
  }),

  // 037 screening laboratory: fillable form with f1_01 names; the covering email corrects the nominee's address on the form
  async () => {
    const pages = otherForm();
    const form = await acroPdf(pages, oeFill({
      orgName: 'Cervical Screening Laboratory, Pennine Royal Infirmary (Pennine Valleys NHS Foundation Trust)', orgCode: 'RTD02', orgType: 'NHS Trust - cervical screening laboratory',
      address: 'Cellular Pathology, Level 2, Pennine Royal Infirmary, Moor Lane, Burnley', postcode: 'BB10 2PQ', phone: '01282 474 000',
      puTitle: 'Mr', puFirst: 'Adrian', puSurname: 'Kowalczyk', puJob: 'Laboratory Manager (Cervical Screening)', puEmail: 'adrian.kowalczyk@nhs.net', puPhone: '01282 474 612',
      sigName: 'Professor Ruth Emenike', sigPosition: 'Caldicott Guardian', sigEmail: 'ruth.emenike@nhs.net', sigDate: '24/11/2026',
    }, ['cap_caldicott'], { kind: 'scribble', seed: 2037 }), ACRO_META(iso(11, 24, 11, 10)), { names: fieldNames(pages, 'short') });
    return {
      n: 37, mailbox: 'openexeter', slug: 'screening-lab-cover-corrects-email',
      eml: mail({
        id: 'c49-037', client: 'nhsmail', date: dt(11, 24, 11, 36, 49),
        from: mbox('Denise Hargreaves', 'denise.hargreaves@nhs.net'), to: TO,
        subject: 'Cervical Screening Laboratory - OE Primary User request',
        text: `Hello,

Attached is an Open Exeter Primary User request for Adrian Kowalczyk, our new Laboratory Manager at the Cervical Screening Laboratory, Pennine Royal Infirmary. Our Caldicott Guardian has signed it.

NB the email address on the form is missing the 1 - Adrian's NHSmail address is adrian.kowalczyk1@nhs.net (there is another Adrian Kowalczyk in the directory).

Could you confirm when this has been set up?

Thanks
Denise Hargreaves
Senior Administrator, Cellular Pathology
Pennine Royal Infirmary
`,
        attachments: [pdf('OE PU request - A Kowalczyk.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'RTD02', type: 'other' },
        fields: { organisationKind: 'other', nominee: person('Adrian Kowalczyk', 'adrian.kowalczyk1@nhs.net'), signatory: signatory('Ruth Emenike', 'ruth.emenike@nhs.net', 'caldicott_guardian') },
        mustRaise: [], traits: ['screening_service', 'trust_site_code', 'pdf_acroform', 'short_field_names', 'cover_corrects_form', 'sender_is_neither', 'professor_honorific'],
      },
    };
  },

  // 038 GP federation with a Y code (a GP-shaped code) that says it is not a practice
  async () => {
    const form = await flatPdf(otherForm(), oeFill({
      orgName: 'Tamesbury Health Federation CIC', orgCode: 'Y02847', orgType: 'GP Federation',
      address: 'Suite 3, Brook House, 21 Mill Street, Tamworth, Staffordshire', postcode: 'B79 7LU', phone: '01827 630 450',
      puTitle: 'Mrs', puFirst: 'Emma', puSurname: 'Latham', puJob: 'Operations Manager', puEmail: 'emma.latham@nhs.net', puPhone: '01827 630 452',
      sigName: 'Dr Naveen Kapoor', sigPosition: 'Director', sigEmail: 'naveen.kapoor@nhs.net', sigDate: '20/11/2026',
    }, ['cap_board'], { kind: 'typed-and-scribble', s: 'N. Kapoor', seed: 2038 }), { title: 'Open Exeter Primary User Request Form', author: 'Emma Latham', creator: 'Writer', producer: 'LibreOffice 7.6', date: iso(11, 20, 9, 12) }, { valueFont: 'serif', valueSize: 10.5, interleave: true });
    return {
      n: 38, mailbox: 'openexeter', slug: 'gp-federation-y-code',
      eml: mail({
        id: 'c49-038', client: 'nhsmail', date: dt(11, 20, 9, 31, 18),
        from: mbox('Emma Latham', 'emma.latham@nhs.net'), to: TO,
        subject: 'Open Exeter PU request - Tamesbury Health Federation',
        text: `Hi,

Tamesbury Health Federation is a GP federation (not a practice) running the extended access hubs for our 14 member practices. Our hub nurses take cervical screening samples, so we need our own primary user. Please find attached the form, signed by Dr Kapoor, one of our directors.

Our ODS code is Y02847.

Thanks
Emma Latham
Operations Manager
Tamesbury Health Federation CIC
`,
        attachments: [pdf('Tamesbury HF - Open Exeter PU form.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'Y02847', type: 'gp_practice' },
        fields: { organisationKind: 'other', nominee: person('Emma Latham', 'emma.latham@nhs.net'), signatory: signatory('Naveen Kapoor', 'naveen.kapoor@nhs.net', 'board_member') },
        mustRaise: ['ods_type_mismatch'], traits: ['gp_federation', 'y_code', 'pdf_flat', 'libreoffice', 'sender_is_nominee', 'stated_type_disagrees_with_code'],
      },
    };
  },

  // 039 community pharmacy: signed by the superintendent pharmacist, no capacity box ticked
  async () => {
    const pages = otherForm();
    const form = await acroPdf(pages, oeFill({
      orgName: "Kaur's Chemist", orgCode: 'FRN52', orgType: 'Community pharmacy', address: '210 Carlton Road, Nottingham', postcode: 'NG3 2BB', phone: '0115 926 4471',
      puTitle: 'Ms', puFirst: 'Aisha', puSurname: 'Mahmood', puJob: 'Pharmacy Technician', puEmail: 'aisha.mahmood6@nhs.net',
      sigName: 'Jaswinder Kaur', sigPosition: 'Superintendent Pharmacist', sigEmail: 'jaswinder.kaur2@nhs.net', sigDate: '25/11/2026',
    }, [], { kind: 'text', s: 'J Kaur' }), ACRO_META(iso(11, 25, 15, 45)), { names: fieldNames(pages, 'descriptive', OE_DESCRIPTIVE) });
    return {
      n: 39, mailbox: 'openexeter', slug: 'pharmacy-superintendent-signs',
      eml: mail({
        id: 'c49-039', client: 'nhsmail', date: dt(11, 25, 16, 2, 27),
        from: mbox('Jaswinder Kaur', 'jaswinder.kaur2@nhs.net'), to: TO,
        subject: "Open Exeter primary user - Kaur's Chemist FRN52",
        text: `Hello,

Please find attached form for Aisha to be the Open Exeter primary user for our pharmacy. We need it for the new pharmacy contraception service. I have signed as the Superintendent Pharmacist.

Kind regards,
Jaswinder Kaur
Superintendent Pharmacist
Kaur's Chemist Ltd
Tel: 0115 926 4471
`,
        attachments: [pdf("OE form Kaur's Chemist.pdf", form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'FRN52', type: 'pharmacy' },
        fields: { organisationKind: 'other', nominee: person('Aisha Mahmood', 'aisha.mahmood6@nhs.net'), signatory: signatory('Jaswinder Kaur', 'jaswinder.kaur2@nhs.net', 'other') },
        mustRaise: ['signatory_role_not_allowed'], traits: ['pharmacy', 'pdf_acroform', 'no_capacity_ticked', 'superintendent_signs', 'sender_is_signatory', 'apostrophe_org_name'],
      },
    };
  },

  // 040 dental practice: form filled in felt pen and photographed with a phone app; sent from the practice's Gmail
  async () => {
    const fill = oeFill({
      orgName: 'Riverside Dental Care', orgCode: 'V553190', orgType: 'Dental practice', address: '14 Cheltenham Road, Bristol', postcode: 'BS6 5RR', phone: '0117 963 2208',
      puTitle: 'Miss', puFirst: 'Chloe', puSurname: 'Edwards', puJob: 'Practice Manager', puEmail: 'chloe.edwards@nhs.net', puPhone: '0117 963 2208',
      sigName: 'Dr Tobias Lindgren', sigPosition: 'Principal Dentist / Caldicott Guardian', sigEmail: 'tobias.lindgren@nhs.net', sigDate: '26/11/26',
    }, ['cap_caldicott'], { kind: 'scribble', seed: 2040 });
    const st: ScanStyle = {
      dpi: 150, seed: 49040, rotateDeg: 1.3, noise: 12, speckles: 60, gradient: 0.14, paper: 238, jpegQuality: 74,
      hand: { family: 'LNarrowBold', size: 12.5, color: [0.06, 0.06, 0.08], jitter: 0.6, slope: 0.002, spacing: 1.08, upper: true },
    };
    const scan = await scanPdf([otherForm()[0]!], fill, { creator: 'Genius Scan', producer: 'Genius Scan for iOS 8.2', date: iso(11, 26, 18, 3) }, st);
    return {
      n: 40, mailbox: 'openexeter', slug: 'dental-phone-scan-gmail',
      eml: mail({
        id: 'c49-040', client: 'gmail', date: dt(11, 26, 18, 11, 40),
        from: mbox('Riverside Dental Care', 'riversidedentalcare@gmail.com'), to: PCSE.oeBare,
        subject: 'open exeter form',
        text: `Hi please find attached the form for Open Exeter for Chloe our practice manager, signed by Tobias (principal dentist).

Thanks
Riverside Dental Care
0117 963 2208
`,
        attachments: [pdf('Scan 26 Nov 2026 18.03.pdf', scan)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'V553190', type: 'dental_practice' },
        fields: { organisationKind: 'other', nominee: person('Chloe Edwards', 'chloe.edwards@nhs.net'), signatory: signatory('Tobias Lindgren', 'tobias.lindgren@nhs.net', 'caldicott_guardian') },
        mustRaise: [], traits: ['dental', 'pdf_scan', 'phone_photo', 'handwritten', 'gmail_sender', 'sender_is_neither', 'two_roles_in_position'],
      },
    };
  },

  // 041 optical practice: a director authorises a primary user in the body (Apple Mail)
  async () => ({
    n: 41, mailbox: 'openexeter', slug: 'optical-director-in-body',
    eml: mail({
      id: 'c49-041', client: 'applemail', date: dt(11, 27, 13, 8, 52),
      from: mbox('Victoria Moss', 'victoria.moss@nhs.net'), to: PCSE.oeBare,
      subject: 'Open Exeter - Hartley & Moss Opticians (TPR09)',
      text: `Good afternoon,

I am one of the two directors (Board of Directors) of Hartley & Moss Opticians Ltd, ODS code TPR09. I would like to authorise a Primary User for Open Exeter for our practice, so that our domiciliary team can check patient details before visits.

Primary User: Sam Pickering
Role: Domiciliary Services Coordinator
Email: sam.pickering1@nhs.net
Phone: 01392 430 118

Our address is 9 Queen Street, Exeter, EX4 3SR.

I can sign a paper form if needed – I couldn't find one for opticians on your website.

Best regards,

Victoria Moss FBDO
Director
Hartley & Moss Opticians Ltd
`,
    }),
    expected: {
      kind: 'open_exeter_primary_user_request', ignored: null,
      organisation: { odsCode: 'TPR09', type: 'ophthalmic_practice' },
      fields: { organisationKind: 'other', nominee: person('Sam Pickering', 'sam.pickering1@nhs.net'), signatory: signatory('Victoria Moss', 'victoria.moss@nhs.net', 'board_member') },
      mustRaise: [], traits: ['optical', 'no_form', 'sender_is_signatory', 'apple_mail', 'post_nominals'],
    },
  }),

  // 042 GP practice: the practice code on the form is one digit short
  async () => {
    const form = await flatPdf(gpForm(), oeFill({
      orgName: 'Ferncliffe Surgery', orgCode: 'M8510', address: 'Ferncliffe Road, Handsworth, Birmingham', postcode: 'B21 8AB', phone: '0121 554 3012',
      puTitle: 'Mrs', puFirst: 'Grace', puSurname: 'Whitehouse', puJob: 'Patient Services Manager', puEmail: 'grace.whitehouse2@nhs.net', puPhone: '0121 554 3015',
      sigName: 'Dr Olamide Adeyemi', sigPosition: 'Lead GP', sigEmail: 'olamide.adeyemi@nhs.net', sigDate: '27/11/2026',
    }, ['cap_lead_gp'], { kind: 'scribble', seed: 2042 }), { title: 'Open Exeter Primary User Request Form', creator: 'Adobe Acrobat Pro (64-bit) 24.2.20759', producer: 'Adobe PDF Library 24.2.159', date: iso(11, 27, 10, 0) }, { valueFont: 'sans', valueSize: 10 });
    return {
      n: 42, mailbox: 'openexeter', slug: 'gp-malformed-practice-code',
      eml: mail({
        id: 'c49-042', client: 'nhsmail', date: dt(11, 27, 10, 19, 33),
        from: mbox('Grace Whitehouse', 'grace.whitehouse2@nhs.net'), to: TO,
        subject: 'Primary User Request Form - Ferncliffe Surgery',
        text: `Dear Sir/Madam,

Please find attached a Primary User request form for Ferncliffe Surgery, signed by our Lead GP.

Yours faithfully,

Grace Whitehouse
Patient Services Manager
Ferncliffe Surgery
`,
        attachments: [pdf('Ferncliffe Surgery - Primary User Request (flattened).pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'M8510', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Grace Whitehouse', 'grace.whitehouse2@nhs.net'), signatory: signatory('Olamide Adeyemi', 'olamide.adeyemi@nhs.net', 'lead_gp') },
        mustRaise: ['ods_invalid'], traits: ['pdf_flat', 'malformed_code', 'sender_is_nominee', 'code_only_in_pdf'],
      },
    };
  },

  // 043 GP partner nominates herself and signs; ink-drawn signature over an empty signature field
  async () => {
    const pages = gpForm();
    const form = await acroPdf(pages, oeFill({
      orgName: 'Moorside Medical Practice', orgCode: 'H81092', address: 'Moorside Road, Woking, Surrey', postcode: 'GU21 5DX', phone: '01483 760 222',
      puTitle: 'Dr', puFirst: 'Priyanka', puSurname: 'Desai', puJob: 'GP Partner', puEmail: 'priyanka.desai@nhs.net', puPhone: '01483 760 222',
      sigName: 'Dr Priyanka Desai', sigPosition: 'GP Partner', sigEmail: 'priyanka.desai@nhs.net', sigDate: '01/12/2026',
    }, ['cap_gp_partner'], { kind: 'scribble', seed: 2043 }), ACRO_META(iso(12, 1, 8, 15)), { names: fieldNames(pages, 'descriptive', OE_DESCRIPTIVE_GP) });
    return {
      n: 43, mailbox: 'openexeter', slug: 'gp-partner-self-nomination',
      eml: mail({
        id: 'c49-043', client: 'nhsmail', date: dt(12, 1, 8, 29, 4),
        from: mbox('Priyanka Desai', 'priyanka.desai@nhs.net'), to: TO,
        subject: 'Open Exeter – second primary user for Moorside Medical Practice',
        text: `Dear PCSE,

We only have one Primary User at the moment (our practice manager), and following your advice that practices should have two, I would like to be set up as the second. I am a GP Partner at Moorside and have signed the attached form myself.

Best wishes

Dr Priyanka Desai
GP Partner
Moorside Medical Practice, H81092
`,
        attachments: [pdf('OE Primary User - P Desai.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'H81092', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Priyanka Desai', 'priyanka.desai@nhs.net'), signatory: signatory('Priyanka Desai', 'priyanka.desai@nhs.net', 'gp_partner') },
        mustRaise: [], traits: ['pdf_acroform', 'self_nomination', 'drawn_signature_empty_field', 'sender_is_nominee_and_signatory'],
      },
    };
  },

  // 044 GP partner asks for two permissions for a nurse, listed
  async () => ({
    n: 44, mailbox: 'openexeter', slug: 'permissions-gp-partner-two-listed',
    eml: mail({
      id: 'c49-044', client: 'nhsmail', date: dt(11, 5, 13, 14, 7),
      from: mbox('Rachel Greenhalgh', 'rachel.greenhalgh@nhs.net'), to: TO,
      subject: 'Additional Open Exeter permissions - Sonia Patel',
      text: `Hello,

As a GP Partner at Bramley Hill Surgery (B82077) I would like to request additional Open Exeter permissions for one of our practice nurses:

Name: Sonia Patel
Open Exeter user ID: SPATEL7
Email: sonia.patel21@nhs.net

Permissions required:
- Prior Notification List
- Cytology History Enquiry

Sonia is taking over as our cervical screening lead.

Thank you
Dr Rachel Greenhalgh
GP Partner, Bramley Hill Surgery
`,
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null,
      organisation: { odsCode: 'B82077', type: 'gp_practice' },
      fields: { user: { name: 'Sonia Patel', email: 'sonia.patel21@nhs.net', username: 'SPATEL7' }, permissions: ['Prior Notification List', 'Cytology History Enquiry'], signatory: signatory('Rachel Greenhalgh', 'rachel.greenhalgh@nhs.net', 'gp_partner') },
      mustRaise: [], traits: ['labelled_lines', 'bullets', 'two_permissions'],
    },
  }),

  // 045 community trust: the Caldicott Guardian's letter, sent by her PA with the Guardian in copy
  async () => {
    const pages = letter({
      org: 'Rossendale and Irwell Community NHS Trust',
      orgLines: ['Trust Headquarters, Bank House, 1 Bacup Road, Rawtenstall, BB4 7NG', 'Tel 01706 211 500  |  www.rossendaleirwell.nhs.uk'],
      to: ['PCSE Open Exeter Team', 'Primary Care Support England', 'By email: pcse.openexeter@nhs.net'],
      date: '23 November 2026', ref: 'Our ref: LC/MR/0412',
      heading: 'Request for additional Open Exeter permissions',
      paras: [
        'Dear Colleagues,',
        'I am writing as Caldicott Guardian for Rossendale and Irwell Community NHS Trust (organisation code RQZ) to request additional permissions on Open Exeter for the following member of staff, who already holds an Open Exeter account with our organisation:',
        'Name: Fatima Begum\nJob title: Colposcopy Administrator, Community Gynaecology Service\nOpen Exeter user ID: FBEGUM2\nEmail: fatima.begum4@nhs.net',
        'Permissions requested: Cytology Results Enquiry and Failsafe Reports. Fatima will be taking over the failsafe checks for our colposcopy clinics from January 2027.',
        'Please contact my office on 01706 211 532 if you require anything further.',
      ],
      signoff: 'Yours sincerely,', sigKey: 'sig', signName: 'Dr Lindsay Crowther',
      signTitle: ['Medical Director and Caldicott Guardian', 'lindsay.crowther@nhs.net'],
    });
    const doc = await flatPdf(pages, { values: {}, checks: [], sigs: { sig: { kind: 'scribble', seed: 2045 } } }, { title: 'Letter to PCSE - Open Exeter permissions', author: 'Royle Mandy', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: iso(11, 23, 10, 0) }, { valueFont: 'sans' });
    return {
      n: 45, mailbox: 'openexeter', slug: 'permissions-trust-caldicott-letter-via-pa',
      eml: mail({
        id: 'c49-045', client: 'nhsmail', date: dt(11, 23, 11, 2, 18),
        from: mbox('ROYLE, Mandy (ROSSENDALE AND IRWELL COMMUNITY NHS TRUST)', 'mandy.royle@nhs.net'), to: TO,
        cc: mbox('CROWTHER, Lindsay (ROSSENDALE AND IRWELL COMMUNITY NHS TRUST)', 'lindsay.crowther@nhs.net'),
        subject: 'Letter from the Caldicott Guardian - Open Exeter permissions',
        text: `Dear PCSE Open Exeter team,

Please find attached a letter from Dr Lindsay Crowther, Caldicott Guardian for Rossendale and Irwell Community NHS Trust, requesting additional Open Exeter permissions for a member of staff in our Community Gynaecology service. Dr Crowther is copied into this email.

Kind regards
Mandy Royle
PA to the Medical Director and Caldicott Guardian
Rossendale and Irwell Community NHS Trust
${NHSMAIL_FOOTER}`,
        attachments: [pdf('2026-11-23 LC to PCSE OE permissions F Begum.pdf', doc)],
      }),
      expected: {
        kind: 'open_exeter_additional_permissions', ignored: null,
        organisation: { odsCode: 'RQZ', type: 'other' },
        fields: { user: { name: 'Fatima Begum', email: 'fatima.begum4@nhs.net', username: 'FBEGUM2' }, permissions: ['Cytology Results Enquiry', 'Failsafe Reports'], signatory: signatory('Lindsay Crowther', 'lindsay.crowther@nhs.net', 'caldicott_guardian') },
        mustRaise: [], traits: ['community_trust', 'pdf_letter', 'pa_sends_for_signatory', 'cc_signatory', 'details_only_in_pdf'],
      },
    };
  },

  // 046 practice manager asks for a permission for a receptionist
  async () => ({
    n: 46, mailbox: 'openexeter', slug: 'permissions-practice-manager-asks',
    eml: mail({
      id: 'c49-046', client: 'nhsmail', date: dt(11, 24, 15, 51, 30),
      from: mbox('Trevor Blackwood', 'trevor.blackwood@nhs.net'), to: TO,
      subject: 'OE - extra access for Jade Simmons',
      text: `Hi team,

Could you add Prior Notification List access to Jade Simmons' Open Exeter account please? Her user ID is JSIMMONS4. She's one of our receptionists and is going to help with the smear recall letters.

Thanks
Trevor Blackwood
Practice Manager
Sunnybank Medical Centre
Practice code N82 109
`,
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null,
      organisation: { odsCode: 'N82109', type: 'gp_practice' },
      fields: { user: { name: 'Jade Simmons', email: null, username: 'JSIMMONS4' }, permissions: ['Prior Notification List'], signatory: signatory('Trevor Blackwood', 'trevor.blackwood@nhs.net', 'other') },
      mustRaise: ['signatory_role_not_allowed'], traits: ['practice_manager_requests', 'prose', 'code_in_signature', 'code_with_space'],
    },
  }),

  // 047 Lead GP writes from a personal Gmail address
  async () => ({
    n: 47, mailbox: 'openexeter', slug: 'permissions-lead-gp-from-gmail',
    eml: mail({
      id: 'c49-047', client: 'gmail', date: dt(11, 28, 10, 3, 12),
      from: mbox('Femi Akinola', 'femi.akinola@gmail.com'), to: PCSE.oeBare,
      subject: 'Open Exeter permissions – Greenacres Surgery D82046',
      text: `Hi,

I'm the lead GP at Greenacres Surgery (D82046). Apologies for using my personal email, my NHSmail isn't working on my laptop at the moment.

Could our nurse Lucy Hammond please have the following added to her Open Exeter account:
Cytology History
Prior Notification List

Her user ID is LHAMMOND and email lucy.hammond3@nhs.net.

Many thanks
Femi

Dr Femi Akinola
Lead GP, Greenacres Surgery
`,
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null,
      organisation: { odsCode: 'D82046', type: 'gp_practice' },
      fields: { user: { name: 'Lucy Hammond', email: 'lucy.hammond3@nhs.net', username: 'LHAMMOND' }, permissions: ['Cytology History', 'Prior Notification List'], signatory: signatory('Femi Akinola', 'femi.akinola@gmail.com', 'lead_gp') },
      mustRaise: ['sender_not_nhs'], traits: ['gmail_sender', 'personal_address', 'lines_without_bullets'],
    },
  }),

  // 048 hospice board member, from the hospice's own domain
  async () => ({
    n: 48, mailbox: 'openexeter', slug: 'permissions-hospice-board-member',
    eml: mail({
      id: 'c49-048', client: 'm365', date: dt(11, 30, 14, 27, 46),
      from: mbox('Elaine Forsyth', 'elaine.forsyth@marigoldhospice.org.uk'), to: TO,
      subject: 'Request for additional Open Exeter permissions',
      text: `Dear PCSE,

I am Director of Clinical Services at Marigold Hospice and a member of our Board of Directors. I would like to request an additional permission for one of our existing Open Exeter users:

User: Paul Nwachukwu (Open Exeter user ID PNWACHUKWU), Ward Clerk
Permission: Patient Demographics Enquiry

Paul needs this to confirm NHS numbers and registered GP details for patients admitted to our inpatient unit.

Our organisation code is NHM.

Kind regards,
Elaine Forsyth
Director of Clinical Services
Marigold Hospice, Chorley Road, Wigan WN1 2XY
Registered Charity No. 1099345

Marigold Hospice is a registered charity in England and Wales. The information in this email is confidential and may be legally privileged. It is intended solely for the addressee.
`,
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null,
      organisation: { odsCode: 'NHM', type: 'other' },
      fields: { user: { name: 'Paul Nwachukwu', email: null, username: 'PNWACHUKWU' }, permissions: ['Patient Demographics Enquiry'], signatory: signatory('Elaine Forsyth', 'elaine.forsyth@marigoldhospice.org.uk', 'board_member') },
      mustRaise: [], traits: ['hospice', 'non_nhs_sender', 'user_on_one_line', 'board_member_in_prose'],
    },
  }),

  // 049 GP partner asks for a permission for a nurse at the branch; she does not know her user ID
  async () => ({
    n: 49, mailbox: 'openexeter', slug: 'permissions-branch-no-user-id',
    eml: mail({
      id: 'c49-049', client: 'nhsmail', date: dt(12, 2, 9, 44, 21),
      from: mbox('Kieran Doherty', 'kieran.doherty1@nhs.net'), to: TO,
      subject: "Open Exeter access - Niamh O'Sullivan (Hawthorn Surgery)",
      text: `Hi,

Could Niamh O'Sullivan, one of our nurses based at our Hawthorn Surgery branch (P81204001), please be given Prior Notification List access in Open Exeter? She isn't sure what her user ID is but her email is niamh.osullivan@nhs.net.

I'm a partner at Meadowgate Practice, which Hawthorn is a branch of.

Thanks
Kieran

Dr Kieran Doherty
GP Partner
Meadowgate Practice
`,
    }),
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null,
      organisation: { odsCode: 'P81204001', type: 'gp_branch' },
      fields: { user: { name: "Niamh O'Sullivan", email: 'niamh.osullivan@nhs.net', username: null }, permissions: ['Prior Notification List'], signatory: signatory('Kieran Doherty', 'kieran.doherty1@nhs.net', 'gp_partner') },
      mustRaise: [], traits: ['branch_code', 'no_username', 'apostrophe_name', 'prose'],
    },
  }),

  // 050 Open Exeter's own notification, plain text
  async () => ({
    n: 50, mailbox: 'openexeter', slug: 'new-user-notification-gp',
    eml: mail({
      id: 'c49-050', client: 'system', date: dt(11, 24, 10, 42, 31),
      from: OE_SYSTEM, to: PCSE.oeBare, subject: 'Open Exeter - New User Authorisation Required - A81045',
      extraHeaders: SYSTEM_HEADERS,
      text: noticeText({ code: 'A81045', orgName: 'CLEVELAND SQUARE SURGERY', userId: 'KROBSON3', userName: 'ROBSON, KATIE', email: 'katie.robson7@nhs.net', role: 'PRACTICE NURSE', createdBy: 'WALTERS, DEBORAH (DWALTERS1)', when: '24/11/2026 10:42' }),
    }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null,
      organisation: { odsCode: 'A81045', type: 'gp_practice' },
      fields: { user: { name: 'Katie Robson', email: 'katie.robson7@nhs.net', username: 'KROBSON3' }, createdBy: person('Deborah Walters', null) },
      mustRaise: [], traits: ['system_notification', 'auto_submitted_header', 'surname_first_caps'],
    },
  }),

  // 051 the same notification as HTML only, for a trust site
  async () => {
    const rows: [string, string][] = [
      ['Organisation code', 'RXY02'], ['Organisation name', 'WEALDMOOR COMMUNITY HEALTHCARE NHS TRUST - CRAWLEY SEXUAL HEALTH CLINIC'],
      ['New user ID', 'TMOYO1'], ['New user name', 'MOYO, TENDAI'], ['New user email', 'tendai.moyo@nhs.net'], ['Job role', 'HEALTH ADVISER'],
      ['Created by', 'FISHER, LAUREN (LFISHER12)'], ['Date/time created', '01/12/2026 09:17'],
    ];
    const html = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Open Exeter</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#212b32">
<p><strong>This is an automated message from Open Exeter. Please do not reply to this email.</strong></p>
<p>A new user account has been created by an Organisation Maintenance (Primary) user and requires authorisation by PCSE.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;border:1px solid #aeb7bd">
${rows.map(([k, v]) => `<tr><th align="left" style="background:#e8edee;border:1px solid #aeb7bd">${k}</th><td style="border:1px solid #aeb7bd">${v.includes('@') ? `<a href="mailto:${v}">${v}</a>` : v}</td></tr>`).join('\n')}
</table>
<p>Please authorise this user and issue a temporary password.</p>
<p>Open Exeter<br>NHS England</p>
</body></html>`;
    return {
      n: 51, mailbox: 'openexeter', slug: 'new-user-notification-trust-html',
      eml: mail({
        id: 'c49-051', client: 'system', date: dt(12, 1, 9, 17, 55),
        from: OE_SYSTEM, to: PCSE.oeBare, subject: 'Open Exeter - New User Authorisation Required - RXY02',
        extraHeaders: SYSTEM_HEADERS, text: '', html, htmlOnly: true,
      }),
      expected: {
        kind: 'open_exeter_new_user_authorisation', ignored: null,
        organisation: { odsCode: 'RXY02', type: 'other' },
        fields: { user: { name: 'Tendai Moyo', email: 'tendai.moyo@nhs.net', username: 'TMOYO1' }, createdBy: person('Lauren Fisher', null) },
        mustRaise: [], traits: ['system_notification', 'html_only', 'html_table', 'trust_site_code', 'auto_submitted_header'],
      },
    };
  },

  // 052 the primary user forwards the notification and asks for speed
  async () => ({
    n: 52, mailbox: 'openexeter', slug: 'new-user-notification-forwarded-by-creator',
    eml: mail({
      id: 'c49-052', client: 'nhsmail', date: dt(11, 26, 8, 34, 2),
      from: mbox('SHAH, Nikhil (FOREST LANE SURGERY)', 'nikhil.shah8@nhs.net'), to: TO,
      subject: 'FW: Open Exeter - New User Authorisation Required - F84633',
      text: `Hi,

Please could you authorise Ewa asap, she starts her sample taker training on Monday.

Thanks
Nikhil
Practice Manager, Forest Lane Surgery

From: Open Exeter Notifications <exeter.notifications@nhs.net>
Sent: 25 November 2026 16:03
To: PCSE Open Exeter <pcse.openexeter@nhs.net>; SHAH, Nikhil (FOREST LANE SURGERY) <nikhil.shah8@nhs.net>
Subject: Open Exeter - New User Authorisation Required - F84633

${noticeText({ code: 'F84633', orgName: 'FOREST LANE SURGERY', userId: 'EZIELINSKA', userName: 'ZIELINSKA, EWA', email: 'ewa.zielinska@nhs.net', role: 'HEALTHCARE ASSISTANT', createdBy: 'SHAH, NIKHIL (NSHAH22)', when: '25/11/2026 16:02' })}`,
    }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null,
      organisation: { odsCode: 'F84633', type: 'gp_practice' },
      fields: { user: { name: 'Ewa Zielinska', email: 'ewa.zielinska@nhs.net', username: 'EZIELINSKA' }, createdBy: person('Nikhil Shah', 'nikhil.shah8@nhs.net') },
      mustRaise: [], traits: ['forwarded', 'system_notification_quoted', 'creator_is_sender', 'f_prefixed_gp_code'],
    },
  }),

  // 053 notification for an ICB
  async () => ({
    n: 53, mailbox: 'openexeter', slug: 'new-user-notification-icb',
    eml: mail({
      id: 'c49-053', client: 'system', date: dt(12, 3, 14, 5, 12),
      from: OE_SYSTEM, to: PCSE.oeBare, subject: 'Open Exeter - New User Authorisation Required - QOQ',
      extraHeaders: SYSTEM_HEADERS,
      text: noticeText({ code: 'QOQ', orgName: 'NHS HUMBER AND NORTH YORKSHIRE INTEGRATED CARE BOARD', userId: 'BAKHTAR2', userName: 'AKHTAR, BEN', email: 'ben.akhtar@nhs.net', role: 'QUALITY IMPROVEMENT OFFICER', createdBy: 'PENNINGTON, OLIVER (OPENNINGTON)', when: '03/12/2026 14:04' }),
    }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null,
      organisation: { odsCode: 'QOQ', type: 'other' },
      fields: { user: { name: 'Ben Akhtar', email: 'ben.akhtar@nhs.net', username: 'BAKHTAR2' }, createdBy: person('Oliver Pennington', null) },
      mustRaise: [], traits: ['system_notification', 'icb', 'auto_submitted_header'],
    },
  }),

  // 054 a dental practice's primary user asks in her own words, without the notification
  async () => ({
    n: 54, mailbox: 'openexeter', slug: 'new-user-dental-primary-user-asks',
    eml: mail({
      id: 'c49-054', client: 'nhsmail', date: dt(12, 3, 16, 40, 8),
      from: mbox('Chloe Edwards', 'chloe.edwards@nhs.net'), to: TO,
      subject: 'New user - please authorise',
      text: `Hi,

I have just set up a new user on Open Exeter for our new receptionist, Holly Grant. Her user ID is HGRANT5. Please could you authorise her and send her a password?

Thanks
Chloe Edwards
Practice Manager
Riverside Dental Care (V553190)
`,
    }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null,
      organisation: { odsCode: 'V553190', type: 'dental_practice' },
      fields: { user: { name: 'Holly Grant', email: null, username: 'HGRANT5' }, createdBy: person('Chloe Edwards', 'chloe.edwards@nhs.net') },
      mustRaise: [], traits: ['dental', 'no_notification', 'creator_is_sender', 'prose'],
    },
  }),

  // 055 a question from a trust colposcopy service
  async () => ({
    n: 55, mailbox: 'openexeter', slug: 'question-colposcopy-new-clinic',
    eml: mail({
      id: 'c49-055', client: 'nhsmail', date: dt(11, 18, 11, 11, 11),
      from: mbox('MALIK, Rukhsana (PENNINE VALLEYS NHS FOUNDATION TRUST)', 'rukhsana.malik@nhs.net'), to: TO,
      subject: 'Open Exeter for new colposcopy clinic - which form?',
      text: `Hello,

We are opening a new colposcopy clinic at Westbourne Community Hospital in January, run by Pennine Valleys NHS Foundation Trust. Do we need a separate Open Exeter primary user for the new clinic, or can our existing trust primary users add the staff? And if we do need one, should we use the GP form or the other organisations form?

Also our Caldicott Guardian is currently on long term sick leave – who else could sign?

Many thanks
Rukhsana Malik
Colposcopy Services Coordinator
`,
    }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'screening_service'] },
  }),

  // 056 chaser, reference in the subject
  async () => ({
    n: 56, mailbox: 'openexeter', slug: 'chaser-reference-in-subject',
    eml: mail({
      id: 'c49-056', client: 'nhsmail', date: dt(11, 25, 9, 2, 40),
      from: mbox('Kerry Doyle', 'kerry.doyle@nhs.net'), to: TO,
      subject: 'RE: Open Exeter primary user request - Wheatfield Surgery [PCSE-2026-119204]',
      inReplyTo: '<PCSE-2026-119204.1@pcse.england.nhs.uk>', references: '<PCSE-2026-119204.1@pcse.england.nhs.uk>',
      text: `Hi,

Just chasing this – Fiona still doesn't have Organisation Maintenance. Is there anything else you need from us?

Thanks
Kerry

From: PCSE Open Exeter <pcse.openexeter@nhs.net>
Sent: 17 November 2026 11:20
To: Kerry Doyle <kerry.doyle@nhs.net>
Subject: Open Exeter primary user request - Wheatfield Surgery [PCSE-2026-119204]

Thank you for your email. Your request has been logged with reference PCSE-2026-119204. Please quote this reference in any further correspondence.

PCSE Open Exeter team
`,
    }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_ref_subject', 'outlook_quote'] },
  }),

  // 057 an out-of-office reply to PCSE's acknowledgement
  async () => ({
    n: 57, mailbox: 'openexeter', slug: 'auto-reply-annual-leave',
    eml: mail({
      id: 'c49-057', client: 'nhsmail', date: dt(11, 27, 10, 40, 2),
      from: mbox('Olamide Adeyemi', 'olamide.adeyemi@nhs.net'), to: TO,
      subject: 'Automatic reply: Primary User Request Form - Ferncliffe Surgery [PCSE-2026-120377]',
      inReplyTo: '<PCSE-2026-120377.1@pcse.england.nhs.uk>',
      extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'olamide.adeyemi@nhs.net']],
      text: `Thank you for your email. I am on annual leave until Monday 7th December with limited access to emails.

For urgent matters please contact the surgery on 0121 554 3012 or email ferncliffe.surgery@nhs.net.

Dr Olamide Adeyemi
`,
    }),
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'case_ref_subject'] },
  }),

  // 058 a pharmacy's main contact change sent to the Open Exeter mailbox
  async () => ({
    n: 58, mailbox: 'openexeter', slug: 'pharmacy-main-contact-misdirected',
    eml: mail({
      id: 'c49-058', client: 'nhsmail', date: dt(12, 4, 8, 15, 26),
      from: mbox('Oluwaseun Adeyinka', 'oluwaseun.adeyinka@nhs.net'), to: TO,
      subject: 'Change of Main Contact',
      text: `Good morning,

Please could you change the PCSE Online main contact for Station Road Pharmacy, ODS code FKH38, to myself: Oluwaseun Adeyinka, oluwaseun.adeyinka@nhs.net. I took over as pharmacy manager in October and the previous main contact (Gary Brooks) has left.

I wasn't sure which mailbox to use for this.

Kind regards
Seun Adeyinka
Pharmacy Manager
Station Road Pharmacy
`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null,
      organisation: { odsCode: 'FKH38', type: 'pharmacy' },
      fields: { newMainContact: person('Oluwaseun Adeyinka', 'oluwaseun.adeyinka@nhs.net') },
      mustRaise: [], traits: ['misdirected', 'pharmacy', 'self_as_new_contact', 'short_name_in_signature'],
    },
  }),
  // 059 GP practice: the IT & systems lead signs the form himself (no capacity ticked); printed to PDF from a browser
  async () => {
    const form = await flatPdf(gpForm(), oeFill({
      orgName: 'Castle Mead Medical Group', orgCode: 'L81118', address: 'Bristol Road, Gloucester', postcode: 'GL1 5SS', phone: '01452 380 466',
      puTitle: 'Mrs', puFirst: 'Natalie', puSurname: 'Brooks', puJob: 'Patient Services Team Leader', puEmail: 'natalie.brooks7@nhs.net', puPhone: '01452 380 470',
      sigName: 'Liam Cartwright', sigPosition: 'IT & Systems Lead', sigEmail: 'liam.cartwright@nhs.net', sigDate: '02/12/2026',
    }, [], { kind: 'scribble', seed: 2059 }), { title: 'Open Exeter Primary User Request Form', creator: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', producer: 'Skia/PDF m131', date: iso(12, 2, 14, 48) }, { valueFont: 'sans', valueSize: 9.5 });
    return {
      n: 59, mailbox: 'openexeter', slug: 'gp-it-lead-signs',
      eml: mail({
        id: 'c49-059', client: 'nhsmail', date: dt(12, 2, 15, 6, 39),
        from: mbox('CARTWRIGHT, Liam (CASTLE MEAD MEDICAL GROUP)', 'liam.cartwright@nhs.net'), to: TO,
        subject: 'Open Exeter Primary User Request Form - Castle Mead Medical Group L81118',
        text: `Hello,

Attached is a Primary User request for Castle Mead Medical Group. I look after all the clinical systems access for the practice so I have signed the form myself – our partners are happy for me to manage this.

The primary user will be Natalie Brooks, our Patient Services Team Leader.

Regards
Liam Cartwright
IT & Systems Lead
Castle Mead Medical Group
Bristol Road, Gloucester GL1 5SS
Tel: 01452 380 466
${NHSMAIL_FOOTER}`,
        attachments: [pdf('Open Exeter Primary User Request Form.pdf', form)],
      }),
      expected: {
        kind: 'open_exeter_primary_user_request', ignored: null,
        organisation: { odsCode: 'L81118', type: 'gp_practice' },
        fields: { organisationKind: 'gp_practice', nominee: person('Natalie Brooks', 'natalie.brooks7@nhs.net'), signatory: signatory('Liam Cartwright', 'liam.cartwright@nhs.net', 'other') },
        mustRaise: ['signatory_role_not_allowed'], traits: ['pdf_flat', 'browser_print', 'it_lead_signs', 'no_capacity_ticked', 'sender_is_signatory'],
      },
    };
  },
];
