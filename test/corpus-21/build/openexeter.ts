// openexeter: writer Q's emails (Primary User forms from practices and other organisations, extra permissions,
// Open Exeter's own new-user notices).
import type { SKRSContext2D } from '@napi-rs/canvas';
import { OPENEXETER, P, appleId, exp, gmailId, htmlAlt, outlookAlt, outlookId, org, type Email } from './common.js';
import {
  addr, attachment, genericHeaders, gmailHeaders, message, mso, multipart, nhsmailHeaders, outlookHtml, outlookMobileHeaders, textPart, unstructured,
} from './lib.js';
import { handText, oeForm, renderPdf, scanPdf, type OeValues } from './pdfs.js';

const M = 'openexeter';
const id = (slug: string) => outlookId(`${M}/${slug}`);
const user = (name: string | null, email: string | null, username: string | null) => ({ name, email, username });
const sig = (name: string | null, email: string | null, role: string) => ({ name, email, role });

const GP_NAMES_A: Record<string, string> = {
  orgName: 'OE_Prac_Nm', orgCode: 'OE_Prac_Cd', orgAddress: 'OE_Prac_Adr', orgPhone: 'OE_Prac_Tel', puTitle: 'PU_Ttl', puFirst: 'PU_FN', puLast: 'PU_SN',
  puJob: 'PU_Job', puEmail: 'PU_Mail', puPhone: 'PU_Tel', addYes: 'AddPU_Y', addNo: 'AddPU_N', cap_lead_gp: 'Sgn_LeadGP', cap_gp_partner: 'Sgn_Ptnr',
  cap_caldicott_guardian: 'Sgn_CG', cap_existing_primary_contact: 'Sgn_ExPC', cap_board_member: 'Sgn_Board', sigName: 'Sgn_Nm', sigEmail: 'Sgn_Mail', date: 'Sgn_Dt',
};
const ACROBAT_AUTO: Record<string, string> = {
  orgName: 'Text1', orgType: 'Text2', orgCode: 'Text3', orgAddress: 'Text4', orgPhone: 'Text5', puTitle: 'Text6', puFirst: 'Text7.0', puLast: 'Text7.1',
  puJob: 'Text8', puEmail: 'Text9', puPhone: 'Text10', addYes: 'Check Box11', addNo: 'Check Box12', cap_caldicott_guardian: 'Check Box13.0',
  cap_board_member: 'Check Box13.1', cap_existing_primary_user: 'Check Box13.2', sigName: 'Text14', sigEmail: 'Text15', date: 'Text16',
};
const LIVECYCLE: Record<string, string> = Object.fromEntries(Object.entries({
  orgName: 'OrgName', orgType: 'OrgType', orgCode: 'OrgCode', orgAddress: 'OrgAddress', orgPhone: 'OrgTel', puTitle: 'Title', puFirst: 'Forenames', puLast: 'Surname',
  puJob: 'JobTitle', puEmail: 'Email', puPhone: 'Tel', addYes: 'AddYes', addNo: 'AddNo', cap_caldicott_guardian: 'CapCG', cap_board_member: 'CapBoard',
  cap_existing_primary_user: 'CapPU', sigName: 'SignatoryName', sigEmail: 'SignatoryEmail', date: 'SignedDate',
}).map(([k, v]) => [k, `form1[0].Page1[0].${v}[0]`]));
const SNAKE: Record<string, string> = {
  orgName: 'practice_name', orgCode: 'practice_ods', orgAddress: 'practice_address', orgPhone: 'practice_tel', puTitle: 'pu_title', puFirst: 'pu_forename',
  puLast: 'pu_surname', puJob: 'pu_job_title', puEmail: 'pu_email', puPhone: 'pu_tel', addYes: 'pu_additional_yes', addNo: 'pu_additional_no',
  cap_lead_gp: 'sig_capacity_lead_gp', cap_gp_partner: 'sig_capacity_partner', cap_caldicott_guardian: 'sig_capacity_cg',
  cap_existing_primary_contact: 'sig_capacity_existing_pc', cap_board_member: 'sig_capacity_board', sigName: 'sig_name', sigEmail: 'sig_email', date: 'sig_date',
};

const wordMeta = (date: string, author: string) => ({ producer: 'Microsoft® Word for Microsoft 365', creator: 'Microsoft® Word for Microsoft 365', date, author });
const acrobatMeta = (date: string) => ({ producer: 'Adobe Acrobat Pro (64-bit) 24.4.20220', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20220', date });

export const openexeter: Email[] = [
  // 001 — practice manager sends a partner-signed fillable form for a second Primary User
  {
    slug: 'primary-user-gp-acroform-partner',
    eml: async () => {
      const v: OeValues = {
        orgName: 'Moorland Road Surgery', orgCode: 'C86019', orgAddress: '212 Moorland Road\nLeeds LS6 4JE', orgPhone: '0113 278 4410',
        puTitle: 'Ms', puFirst: 'Chloe', puLast: 'Sutcliffe', puJob: 'Reception Manager', puEmail: 'chloe.sutcliffe@nhs.net', puPhone: '0113 278 4410',
        additional: true, capacity: 'gp_partner', sigName: 'Dr Oluwaseun Adebayo', sigEmail: 'oluwaseun.adebayo@nhs.net', signed: true, date: '16/11/2026',
      };
      const pdf = await renderPdf(oeForm('gp', v, 'o001'), 'acro', acrobatMeta('2026-11-16T12:40:00Z'), GP_NAMES_A);
      const text = `Hi

Please find attached OE primary user form for Chloe, signed by Dr Adebayo (GP Partner). She'll be our 2nd primary user alongside me.

Thanks
Bernie

Bernadette Walsh
Practice Manager | Moorland Road Surgery | C86019
`;
      return message(nhsmailHeaders({ from: addr('WALSH, Bernadette (MOORLAND ROAD SURGERY)', 'bernadette.walsh6@nhs.net'), to: OPENEXETER, subject: 'OE Primary User form - Moorland Road', date: '2026-11-16T12:52:10Z', id: id('001') }, { attach: true }),
        multipart('mixed', [outlookAlt(text, { footer: true }), attachment('OE PU form C Sutcliffe.pdf', 'application/pdf', pdf, { outlook: true })]));
    },
    expected: exp('open_exeter_primary_user_request', org('C86019', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Chloe Sutcliffe', 'chloe.sutcliffe@nhs.net'), signatory: sig('Oluwaseun Adebayo', 'oluwaseun.adebayo@nhs.net', 'gp_partner'),
    }, [], ['acroform', 'unusual_field_names', 'signatory_not_sender', 'distractor_person']),
  },

  // 002 — reception box, "OE form attached"; a low-resolution scan
  {
    slug: 'primary-user-gp-low-res-scan',
    eml: async () => {
      const v: OeValues = {
        orgName: 'Hartcliffe Health Centre', orgCode: 'L81066', orgAddress: 'Hareclive Road\nBristol BS13 0JP', orgPhone: '0117 964 2839',
        puTitle: 'Miss', puFirst: 'Jodie', puLast: 'Parfitt', puJob: 'Deputy Practice Manager', puEmail: 'jodie.parfitt@nhs.net', puPhone: '0117 964 2839',
        additional: false, capacity: 'lead_gp', sigName: 'Dr Naveen Raghunathan', sigEmail: 'naveen.raghunathan@nhs.net', signed: true, date: '18/11/2026',
      };
      const pdf = await scanPdf(oeForm('gp', v, 'o002'), { dpi: 100, skewDeg: -0.7, quality: 42, seed: 'o002scan', blur: true, speckle: 700 },
        { producer: 'KONICA MINOLTA bizhub C250i', creator: 'KONICA MINOLTA bizhub C250i', date: '2026-11-18T14:05:00Z' });
      const text = `OE primary user form attached, signed by Dr Raghunathan. ta

Reception
Hartcliffe Health Centre
`;
      return message(nhsmailHeaders({ from: addr('Hartcliffe Health Centre - Reception', 'hartcliffe.reception@nhs.net'), to: 'pcse.openexeter@nhs.net', subject: 'OE form', date: '2026-11-18T14:09:37Z', id: id('002') }, { attach: true }),
        multipart('mixed', [outlookAlt(text, { footer: true }), attachment('SKM_C250i26111814050.pdf', 'application/pdf', pdf, { outlook: true })]));
    },
    expected: exp('open_exeter_primary_user_request', org('L81066', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Jodie Parfitt', 'jodie.parfitt@nhs.net'), signatory: sig('Naveen Raghunathan', 'naveen.raghunathan@nhs.net', 'lead_gp'),
    }, [], ['scan', 'low_res_scan', 'values_only_in_scan', 'terse', 'shared_mailbox_sender']),
  },

  // 003 — university health centre: form filled by hand, stamped on receipt and annotated, then scanned
  {
    slug: 'primary-user-university-hc-stamped-scan',
    eml: async () => {
      const v: OeValues = {
        orgName: 'Kingsmead University Health Centre', orgCode: 'J81622', orgAddress: 'Student Services Building\nKingsmead Campus, Winchester SO22 4NR', orgPhone: '01962 827300',
        puTitle: 'Ms', puFirst: 'Adaeze', puLast: 'Nwachukwu', puJob: 'Patient Services Manager', puEmail: 'adaeze.nwachukwu@nhs.net', puPhone: '01962 827305',
        additional: true, capacity: 'caldicott_guardian', sigName: 'Dr Philippa Grant-Whyte', sigEmail: 'philippa.grant-whyte@nhs.net', signed: true, date: '19/11/26',
      };
      const overlay = (ctx: SKRSContext2D, page: number, k: number) => {
        if (page !== 0) return;
        // receipt stamp across the address and telephone cells
        ctx.save();
        ctx.translate(372 * k, 262 * k);
        ctx.rotate(-0.14);
        ctx.globalAlpha = 0.72;
        ctx.strokeStyle = 'rgb(200,30,40)';
        ctx.fillStyle = 'rgb(200,30,40)';
        ctx.lineWidth = 2.2 * k;
        ctx.strokeRect(-6 * k, -22 * k, 158 * k, 52 * k);
        ctx.lineWidth = 0.9 * k;
        ctx.strokeRect(-3 * k, -19 * k, 152 * k, 46 * k);
        ctx.font = `bold ${13 * k}px "DejaVu Sans"`;
        ctx.fillText('RECEIVED', 30 * k, -4 * k);
        ctx.font = `bold ${11 * k}px "DejaVu Sans"`;
        ctx.fillText('19 NOV 2026', 34 * k, 10 * k);
        ctx.font = `${7.5 * k}px "DejaVu Sans"`;
        ctx.fillText('KUHC ADMIN OFFICE', 32 * k, 22 * k);
        ctx.restore();
        // a note in the margin by Section B, with an arrow
        handText(ctx, '2nd PU - as agreed w/ Dr G-W', 392 * k, 319 * k, 10 * k, 'o003note', 'rgba(15,15,15,0.9)');
        ctx.save();
        ctx.strokeStyle = 'rgba(15,15,15,0.85)';
        ctx.lineWidth = 1.1 * k;
        ctx.beginPath();
        ctx.moveTo(388 * k, 316 * k);
        ctx.quadraticCurveTo(350 * k, 320 * k, 330 * k, 338 * k);
        ctx.moveTo(330 * k, 338 * k);
        ctx.lineTo(338 * k, 336 * k);
        ctx.moveTo(330 * k, 338 * k);
        ctx.lineTo(333 * k, 330 * k);
        ctx.stroke();
        ctx.restore();
      };
      const hand = new Set(['puTitle', 'puFirst', 'puLast', 'puJob', 'puEmail', 'puPhone', 'sigName', 'sigEmail', 'date']);
      const pdf = await scanPdf(oeForm('gp', v, 'o003'), { dpi: 150, skewDeg: 0.8, quality: 68, seed: 'o003scan', hand, handPx: 12.5, overlay, speckle: 1100 },
        { producer: 'Canon iR-ADV C5535 PDF', creator: 'Canon iR-ADV C5535', date: '2026-11-19T16:31:00Z' });
      const text = `Hi, signed form attached for me to be set up as 2nd primary user. Dr Grant-Whyte is our Caldicott Guardian.
Thanks
Adaeze

Adaeze Nwachukwu | Patient Services Manager
Kingsmead University Health Centre
Student Services Building, Kingsmead Campus
`;
      return message(nhsmailHeaders({ from: addr('NWACHUKWU, Adaeze (KINGSMEAD UNIVERSITY HEALTH CENTRE)', 'adaeze.nwachukwu@nhs.net'), to: OPENEXETER, subject: 'Open Exeter primary user - KUHC', date: '2026-11-19T16:40:05Z', id: id('003') }, { attach: true }),
        multipart('mixed', [outlookAlt(text, { footer: true }), attachment('Scan 19 Nov 2026.pdf', 'application/pdf', pdf, { outlook: true })]));
    },
    expected: exp('open_exeter_primary_user_request', org('J81622', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Adaeze Nwachukwu', 'adaeze.nwachukwu@nhs.net'), signatory: sig('Philippa Grant-Whyte', 'philippa.grant-whyte@nhs.net', 'caldicott_guardian'),
    }, [], ['scan', 'handwritten_values', 'stamp_over_field', 'annotation', 'university_health_centre', 'self_nomination']),
  },

  // 004 — flat form signed by the practice manager herself
  {
    slug: 'primary-user-gp-flat-signed-by-pm',
    eml: async () => {
      const v: OeValues = {
        orgName: 'Thornbury Road Surgery', orgCode: 'F85046', orgAddress: '61 Thornbury Road\nIsleworth TW7 4LQ', orgPhone: '020 8560 3127',
        puTitle: 'Mrs', puFirst: 'Shabana', puLast: 'Akhtar', puJob: 'Reception Lead', puEmail: 'shabana.akhtar@nhs.net', puPhone: '020 8560 3127',
        additional: true, capacity: null, sigName: 'Lorraine Pickles (Practice Manager)', sigEmail: 'lorraine.pickles@nhs.net', signed: true, date: '20/11/2026',
      };
      const pdf = await renderPdf(oeForm('gp', v, 'o004'), 'flat', wordMeta('2026-11-20T10:15:00Z', 'lpickles'));
      const text = `Hi,

Form attached for Shabana to be set up as a primary user. I've signed it myself as PM as the partners are all either on leave or in clinic this week – hope that's ok.

Kind regards
Lorraine

Lorraine Pickles
Practice Manager, Thornbury Road Surgery
`;
      return message(nhsmailHeaders({ from: addr('PICKLES, Lorraine (THORNBURY ROAD SURGERY)', 'lorraine.pickles@nhs.net'), to: OPENEXETER, subject: 'Primary user request', date: '2026-11-20T10:21:44Z', id: id('004') }, { attach: true }),
        multipart('mixed', [outlookAlt(text, { footer: true }), attachment('Open Exeter form - S Akhtar.pdf', 'application/pdf', pdf, { outlook: true })]));
    },
    expected: exp('open_exeter_primary_user_request', org('F85046', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Shabana Akhtar', 'shabana.akhtar@nhs.net'), signatory: sig('Lorraine Pickles', 'lorraine.pickles@nhs.net', 'other'),
    }, ['signatory_role_not_allowed'], ['pdf_text', 'no_capacity_ticked', 'role_in_name_field']),
  },

  // 005 — hospital colposcopy service (other organisation), Acrobat's auto-named fields, no code
  {
    slug: 'primary-user-colposcopy-acroform',
    eml: async () => {
      const v: OeValues = {
        orgName: 'Colposcopy Service, Royal Wessex Hospitals NHS Foundation Trust', orgType: 'NHS Trust - colposcopy clinic', orgCode: '',
        orgAddress: "Women's Health Unit, Level 2\nRoyal Wessex Hospital, Salisbury SP2 8BJ", orgPhone: '01722 336262 ext 4410',
        puTitle: 'Ms', puFirst: 'Keisha', puLast: 'Barrett-Lewis', puJob: 'Colposcopy Services Coordinator', puEmail: 'keisha.barrett-lewis@nhs.net', puPhone: '01722 336262 ext 4415',
        additional: false, capacity: 'caldicott_guardian', sigName: 'Dr Morag Lindsay', sigEmail: 'morag.lindsay@nhs.net', signed: true, date: '20 Nov 2026',
      };
      const pdf = await renderPdf(oeForm('other', v, 'o005'), 'acro', acrobatMeta('2026-11-20T15:00:00Z'), ACROBAT_AUTO);
      const html = outlookHtml(mso(['Dear Open Exeter team,', '', 'Please see attached a request for a Primary User for our colposcopy service &#8211; we have not had one since our previous coordinator left in the summer. The form is signed by our Trust Caldicott Guardian, Dr Lindsay.', '', 'Kind regards', '',
        '<b>Keisha Barrett-Lewis</b>', 'Colposcopy Services Coordinator', 'Women&#8217;s Health Unit | Royal Wessex Hospitals NHS Foundation Trust', 'Tel 01722 336262 ext 4415']));
      return message(nhsmailHeaders({ from: addr('BARRETT-LEWIS, Keisha (ROYAL WESSEX HOSPITALS NHS FOUNDATION TRUST)', 'keisha.barrett-lewis@nhs.net'), to: OPENEXETER, subject: 'Open Exeter Primary User request - Colposcopy', date: '2026-11-20T15:12:26Z', id: id('005') }, { attach: true }),
        multipart('mixed', [htmlAlt(html), attachment('OE Primary User - Other Orgs - RWH Colposcopy.pdf', 'application/pdf', pdf, { outlook: true })]));
    },
    expected: exp('open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other', nominee: P('Keisha Barrett-Lewis', 'keisha.barrett-lewis@nhs.net'), signatory: sig('Morag Lindsay', 'morag.lindsay@nhs.net', 'caldicott_guardian'),
    }, [], ['acroform', 'acrobat_auto_field_names', 'other_organisation', 'no_code', 'self_nomination']),
  },

  // 006 — Welsh health board across the border; English with Welsh signature lines; a Welsh code
  {
    slug: 'primary-user-welsh-health-board-flat',
    eml: async () => {
      const v: OeValues = {
        orgName: 'Severn Valley University Health Board (Bwrdd Iechyd Prifysgol Dyffryn Hafren)', orgType: 'Health Board (NHS Wales)', orgCode: '7A9',
        orgAddress: 'Ty Hafren, Park Street\nNewtown, Powys SY16 1AA', orgPhone: '01686 252600',
        puTitle: 'Ms', puFirst: 'Catrin', puLast: 'Llewelyn', puJob: 'Cross-Border Screening Coordinator', puEmail: 'catrin.llewelyn@wales.nhs.uk', puPhone: '01686 252641',
        additional: false, capacity: 'board_member', sigName: 'Gethin Pryce-Jones', sigEmail: 'gethin.pryce-jones@wales.nhs.uk', signed: true, date: '18/11/2026',
      };
      const pdf = await renderPdf(oeForm('other', v, 'o006'), 'flat', wordMeta('2026-11-18T11:00:00Z', 'Llewelyn, Catrin (Severn Valley UHB)'));
      const text = `Dear PCSE,

Please find attached a signed request for an Open Exeter Primary User for Severn Valley University Health Board. Around 4,000 of our residents are registered with English GP practices across the border in Shropshire and Herefordshire, and our screening team needs to check their cervical screening status on Open Exeter.

The form has been signed by Gethin Pryce-Jones, Executive Director of Primary, Community and Mental Health Services, who sits on our Board.

Diolch / Thank you,

Catrin Llewelyn
Cydlynydd Sgrinio Trawsffiniol | Cross-Border Screening Coordinator
Bwrdd Iechyd Prifysgol Dyffryn Hafren | Severn Valley University Health Board
Ffôn / Tel: 01686 252641

Rydym yn croesawu gohebiaeth yn Gymraeg. Byddwn yn ymateb i ohebiaeth yn Gymraeg heb oedi.
We welcome correspondence in Welsh. We will respond to correspondence in Welsh without delay.
`;
      return message(genericHeaders({ from: addr('Catrin Llewelyn (Severn Valley UHB - Screening)', 'catrin.llewelyn@wales.nhs.uk'), to: 'pcse.openexeter@nhs.net', subject: 'Open Exeter Primary User - Severn Valley UHB', date: '2026-11-18T11:26:48Z', id: `<${'a7c3e1'}b2f94d0e8a6c1f5d3b7e9a2c4@CWXP265MB3318.GBRP265.PROD.OUTLOOK.COM>`, extra: ['Content-Language: cy-GB', 'X-MS-Has-Attach: yes'] }, { dom: 'wales.nhs.uk', mailer: 'Microsoft Outlook 16.0' }),
        multipart('mixed', [outlookAlt(text, { charset: 'iso-8859-1' }), attachment('Cais Defnyddiwr Sylfaenol - Primary User request.pdf', 'application/pdf', pdf)]));
    },
    expected: exp('open_exeter_primary_user_request', org('7A9', 'other'), {
      organisationKind: 'other', nominee: P('Catrin Llewelyn', 'catrin.llewelyn@wales.nhs.uk'), signatory: sig('Gethin Pryce-Jones', 'gethin.pryce-jones@wales.nhs.uk', 'board_member'),
    }, ['ods_invalid'], ['pdf_text', 'other_organisation', 'welsh_signature', 'non_english_code', 'latin1', 'self_nomination']),
  },

  // 007 — GP out-of-hours provider; the Medical Director ticked as a board member has not signed yet
  {
    slug: 'primary-user-ooh-provider-unsigned',
    eml: async () => {
      const v: OeValues = {
        orgName: 'Medvanta Urgent Care CIC', orgType: 'GP out-of-hours provider', orgCode: '',
        orgAddress: 'Unit 7, Kingsway Business Park\nRochdale OL16 4NW', orgPhone: '01706 695300',
        puTitle: 'Ms', puFirst: 'Claire', puLast: 'Fenwick', puJob: 'Clinical Governance & Operations Manager', puEmail: 'claire.fenwick@nhs.net', puPhone: '01706 695312',
        additional: false, capacity: 'board_member', sigName: 'Dr Imran Chaudhry', sigEmail: 'imran.chaudhry4@nhs.net', signed: false, date: '',
      };
      const pdf = await renderPdf(oeForm('other', v, 'o007'), 'acro', { producer: 'Adobe LiveCycle Designer 11.0', creator: 'Adobe LiveCycle Designer 11.0', date: '2026-11-23T09:00:00Z' }, LIVECYCLE);
      const text = `Hi,

Attached is our OE primary user form. Dr Chaudhry (Medical Director, on our board) is on leave until the 30th so hasn't signed it yet – his details are on the form and he's happy for it to go ahead. Could you start processing and I'll send the signed copy when he's back?

Thanks
Claire

Claire Fenwick
Clinical Governance & Operations Manager
Medvanta Urgent Care CIC – GP Out of Hours
`;
      return message(nhsmailHeaders({ from: addr('FENWICK, Claire (MEDVANTA URGENT CARE CIC)', 'claire.fenwick@nhs.net'), to: OPENEXETER, subject: 'OE primary user - Medvanta OOH', date: '2026-11-23T09:14:38Z', id: id('007') }, { attach: true }),
        multipart('mixed', [outlookAlt(text, { footer: true }), attachment('OE_PU_OtherOrgs_Medvanta.pdf', 'application/pdf', pdf, { outlook: true })]));
    },
    expected: exp('open_exeter_primary_user_request', org(null, 'other'), {
      organisationKind: 'other', nominee: P('Claire Fenwick', 'claire.fenwick@nhs.net'), signatory: sig('Imran Chaudhry', 'imran.chaudhry4@nhs.net', 'board_member'),
    }, ['missing_signature'], ['acroform', 'livecycle_field_names', 'other_organisation', 'ooh_provider', 'unsigned', 'self_nomination']),
  },

  // 008 — the retiring Primary Contact signs for her successor
  {
    slug: 'primary-user-gp-existing-contact-signs',
    eml: async () => {
      const v: OeValues = {
        orgName: 'Lindow Park Surgery', orgCode: 'N81217', orgAddress: '3 Lindow Park Road\nWilmslow SK9 5NR', orgPhone: '01625 529800',
        puTitle: 'Mr', puFirst: 'Tom', puLast: 'Brierley', puJob: 'Practice Manager (from 1 Dec)', puEmail: 'tom.brierley@nhs.net', puPhone: '01625 529800',
        additional: false, capacity: 'existing_primary_contact', sigName: 'Maureen Ashcroft', sigEmail: 'maureen.ashcroft@nhs.net', signed: true, date: '24.11.2026',
      };
      const pdf = await renderPdf(oeForm('gp', v, 'o008'), 'acro', acrobatMeta('2026-11-24T13:30:00Z'), SNAKE);
      const text = `Form for Tom attached - I'm retiring 18 Dec and he's replacing me as primary user. I've signed as the existing primary contact.

Maureen

Maureen Ashcroft
Practice Manager, Lindow Park Surgery
`;
      return message(nhsmailHeaders({ from: addr('ASHCROFT, Maureen (LINDOW PARK SURGERY)', 'maureen.ashcroft@nhs.net'), to: OPENEXETER, subject: 'Primary user form', date: '2026-11-24T13:41:02Z', id: id('008') }, { attach: true }),
        multipart('mixed', [outlookAlt(text, { footer: true }), attachment('PU form.pdf', 'application/pdf', pdf, { outlook: true })]));
    },
    expected: exp('open_exeter_primary_user_request', org('N81217', 'gp_practice'), {
      organisationKind: 'gp_practice', nominee: P('Tom Brierley', 'tom.brierley@nhs.net'), signatory: sig('Maureen Ashcroft', 'maureen.ashcroft@nhs.net', 'existing_primary_contact'),
    }, [], ['acroform', 'snake_case_field_names', 'signatory_is_sender', 'terse']),
  },

  // 009 — partner, from the phone: two permissions for a nurse
  {
    slug: 'permissions-partner-iphone',
    eml: async () => {
      const text = `Pls add Prior Notification List and Sample Taker access to Jade Whitworth's OE account - user ID JWHITWO1, jade.whitworth@nhs.net. She's our new nurse lead.
Thanks
Ahmed

Dr Ahmed Rashid MRCGP
GP Partner, Lister Lane Surgery B83620

Sent from my iPhone`;
      return message([...nhsmailHeaders({ from: addr('Rashid Ahmed', 'ahmed.rashid@nhs.net'), to: 'pcse.openexeter@nhs.net', subject: 'OE access - Jade Whitworth', date: '2026-11-17T12:58:21Z', id: appleId('o009@nhs.net') }), 'X-Mailer: iPhone Mail (22B91)'],
        textPart(text, { charset: 'us-ascii', cte: '7bit' }));
    },
    expected: exp('open_exeter_additional_permissions', org('B83620', 'gp_practice'), {
      user: user('Jade Whitworth', 'jade.whitworth@nhs.net', 'JWHITWO1'), permissions: ['Prior Notification List', 'Sample Taker'], signatory: sig('Ahmed Rashid', 'ahmed.rashid@nhs.net', 'gp_partner'),
    }, [], ['terse', 'phone_client', 'post_nominals']),
  },

  // 010 — partner writes from a personal Gmail account
  {
    slug: 'permissions-partner-personal-gmail',
    eml: async () => {
      const text = `Hi,

Writing from my personal email as I can't get into NHSmail from home. I'm a GP partner at Fenwick Street Surgery (A86027).

Could you give Ewan Douglas (OE user EDOUGLAS3) access to the cervical screening result enquiry? He's our new HCA lead and starts doing the recall admin on Monday.

Many thanks
Lindsay Armstrong
`;
      const html = `<div dir="ltr">${text.trim().split('\n').map((l) => (l ? `<div>${l.replace(/'/g, '&#39;')}</div>` : '<div><br></div>')).join('')}</div>\n`;
      return message(gmailHeaders({ from: addr('Lindsay Armstrong', 'lindsay.armstrong72@gmail.com'), to: 'pcse.openexeter@nhs.net', subject: 'Open Exeter access for Ewan', date: '2026-11-21T18:33:09Z', id: gmailId('o010') }),
        multipart('alternative', [textPart(text, { cte: 'quoted-printable' }), textPart(html, { subtype: 'html', cte: 'quoted-printable' })], { boundary: '0000000000003f9e1a0627f6b2c4' }));
    },
    expected: exp('open_exeter_additional_permissions', org('A86027', 'gp_practice'), {
      user: user('Ewan Douglas', null, 'EDOUGLAS3'), permissions: ['cervical screening result enquiry'], signatory: sig('Lindsay Armstrong', 'lindsay.armstrong72@gmail.com', 'gp_partner'),
    }, ['sender_not_nhs'], ['gmail', 'non_nhs_sender', 'missing_user_email']),
  },

  // 011 — practice manager asks for permissions herself
  {
    slug: 'permissions-practice-manager-not-allowed',
    eml: async () => {
      const text = `Hi,

Can you add the following to Gemma Holt's Open Exeter account please (user GHOLT01, gemma.holt2@nhs.net):
• Prior Notification List
• Non-responder reports

She's covering the screening admin while our nurse manager is off.

Thanks
Karen

Karen Whitlock
Practice Manager, Orchard House Surgery – H81040
`;
      return message(nhsmailHeaders({ from: addr('WHITLOCK, Karen (ORCHARD HOUSE SURGERY)', 'karen.whitlock@nhs.net'), to: OPENEXETER, subject: 'OE permissions - G Holt', date: '2026-11-24T10:07:45Z', id: id('011') }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('open_exeter_additional_permissions', org('H81040', 'gp_practice'), {
      user: user('Gemma Holt', 'gemma.holt2@nhs.net', 'GHOLT01'), permissions: ['Prior Notification List', 'Non-responder reports'], signatory: sig('Karen Whitlock', 'karen.whitlock@nhs.net', 'other'),
    }, ['signatory_role_not_allowed'], ['bullet_list', 'pm_requests']),
  },

  // 012 — Caldicott Guardian forwards the practice manager's request: "see below, approved"
  {
    slug: 'permissions-forward-approved-caldicott',
    eml: async () => {
      const text = `See below, approved.

Nkechi

Dr Nkechi Eze MBBS MRCGP
Salaried GP & Caldicott Guardian
Saffron Walk Surgery

From: COLE, Darren (SAFFRON WALK SURGERY) <darren.cole@nhs.net>
Sent: 25 November 2026 11:48
To: EZE, Nkechi (Dr) (SAFFRON WALK SURGERY) <nkechi.eze@nhs.net>
Subject: OE access for Mariana

Hi Nkechi,

Can you approve & forward to pcse.openexeter@nhs.net? Need access adding for our new practice nurse Mariana Costa (OE user MCOSTA2, mariana.costa@nhs.net):
Prior Notification List
Sample Taker Database

PCSE need it from a partner or the CG, and the partners are all out today.

Thanks
Darren

Darren Cole
Practice Manager, Saffron Walk Surgery (E81035)
`;
      return message(nhsmailHeaders({ from: addr('EZE, Nkechi (Dr) (SAFFRON WALK SURGERY)', 'nkechi.eze@nhs.net'), to: 'pcse.openexeter@nhs.net', subject: 'FW: OE access for Mariana', date: '2026-11-25T12:20:31Z', id: id('012') }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('open_exeter_additional_permissions', org('E81035', 'gp_practice'), {
      user: user('Mariana Costa', 'mariana.costa@nhs.net', 'MCOSTA2'), permissions: ['Prior Notification List', 'Sample Taker Database'], signatory: sig('Nkechi Eze', 'nkechi.eze@nhs.net', 'caldicott_guardian'),
    }, [], ['forward_approved', 'requester_not_signatory', 'post_nominals']),
  },

  // 013 — Open Exeter's own notification of a new user
  {
    slug: 'new-user-notification-plain',
    eml: async () => {
      const text = `OPEN EXETER - ORGANISATION MAINTENANCE

A new user account has been created and is awaiting authorisation by PCSE.

Organisation code : P82011
Organisation name : ST MARYS SURGERY
New user ID       : HKHATUN1
New user name     : KHATUN, HALIMA
Email             : halima.khatun@nhs.net
Created by        : WHITTAKER, JANICE (JWHITTA1)
Date created      : 24/11/2026 10:41

This is an automatically generated message. Please do not reply.
`;
      return message([
        `Received: from oe-app-02.exeter.nhs.net (10.48.12.7) by relay.nhs.net with ESMTP; Tue, 24 Nov 2026 10:41:33 +0000`,
        'From: Open Exeter <noreply.openexeter@nhs.net>',
        'To: pcse.openexeter@nhs.net',
        'Subject: Open Exeter: new user created - authorisation required (P82011)',
        'Date: Tue, 24 Nov 2026 10:41:33 +0000',
        'Message-ID: <20261124104133.HKHATUN1.P82011@oe-app-02.exeter.nhs.net>',
        'Auto-Submitted: auto-generated',
        'X-Mailer: OE-Notify 4.2',
      ], textPart(text, { charset: 'us-ascii', cte: '7bit' }));
    },
    expected: exp('open_exeter_new_user_authorisation', org('P82011', 'gp_practice'), {
      user: user('Halima Khatun', 'halima.khatun@nhs.net', 'HKHATUN1'), createdBy: P('Janice Whittaker', null),
    }, [], ['system_notification', 'surname_first_caps', 'auto_submitted_not_auto_reply']),
  },

  // 014 — the primary user forwards the HTML notification and asks for it to be authorised
  {
    slug: 'new-user-notification-forwarded-html',
    eml: async () => {
      const row = (k: string, v: string) => `<tr><td style="padding:2px 8px;font-family:Arial;font-size:10pt;color:#555">${k}</td><td style="padding:2px 8px;font-family:Arial;font-size:10pt"><b>${v}</b></td></tr>`;
      const html = outlookHtml(`${mso(['Hi, I set Priya up this morning &#8211; she hasn&#8217;t had her password yet, can you authorise pls? Thanks', '', 'Simon', '', 'Simon Achebe | Operations Manager | Parkside Family Practice'])}
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Open Exeter &lt;noreply.openexeter@nhs.net&gt;<br><b>Sent:</b> 26 November 2026 08:52<br><b>To:</b> ACHEBE, Simon (PARKSIDE FAMILY PRACTICE) &lt;simon.achebe@nhs.net&gt;<br><b>Subject:</b> Open Exeter: user created (copy to creator)</p></div>
<p style="font-family:Arial;font-size:11pt"><b>Open Exeter &#8211; Organisation Maintenance</b></p>
<p style="font-family:Arial;font-size:10pt">You have created the following user. PCSE has been notified and will authorise the account.</p>
<table cellpadding="0" cellspacing="0" border="0">
${row('Organisation', 'D81044 &#8211; PARKSIDE FAMILY PRACTICE')}
${row('User ID', 'PRAMANA2')}
${row('Name', 'RAMANATHAN, PRIYA')}
${row('Email', 'priya.ramanathan3@nhs.net')}
${row('Created by', 'ACHEBE, SIMON (SACHEBE1)')}
${row('Created', '26/11/2026 08:52')}
</table>`);
      return message(nhsmailHeaders({ from: addr('ACHEBE, Simon (PARKSIDE FAMILY PRACTICE)', 'simon.achebe@nhs.net'), to: OPENEXETER, subject: 'FW: Open Exeter: user created (copy to creator)', date: '2026-11-26T09:15:57Z', id: id('014') }),
        htmlAlt(html));
    },
    expected: exp('open_exeter_new_user_authorisation', org('D81044', 'gp_practice'), {
      user: user('Priya Ramanathan', 'priya.ramanathan3@nhs.net', 'PRAMANA2'), createdBy: P('Simon Achebe', 'simon.achebe@nhs.net'),
    }, [], ['forwarded_notification', 'html_table', 'creator_is_sender', 'surname_first_caps']),
  },

  // 015 — a GP's verification link request sent to the Open Exeter mailbox
  {
    slug: 'misdirected-verification-link-gp',
    eml: async () => {
      const text = `Can I get a new PCSE online verification link pls - the original never arrived. GMC 7456120.
Thanks
Dr Chidi Okafor

Get Outlook for iOS
`;
      return message(outlookMobileHeaders({ from: addr('OKAFOR, Chidi (Dr)', 'chidi.okafor@nhs.net'), to: 'pcse.openexeter@nhs.net', subject: 'Verification link', date: '2026-11-25T22:04:16Z', id: id('015') }),
        outlookAlt(text));
    },
    expected: exp('verification_link_resend', null, { accountEmail: 'chidi.okafor@nhs.net', gmcNumber: '7456120' }, [], ['misdirected', 'terse', 'phone_client', 'no_org']),
  },

  // 016 — out-of-hours provider's question; asks for nothing yet
  {
    slug: 'question-ooh-primary-users-per-area',
    eml: async () => {
      const text = `Hello,

Quick question before we send anything – we're a GP out-of-hours service covering two ICB areas. Do we need a separate Open Exeter primary user for each area, or can one primary user cover the whole organisation? We already have one primary user (me) but want a second for resilience.

Many thanks

Dr Rosalind Achterberg MRCGP
Medical Director & Caldicott Guardian
Peak & Dales Urgent Care Ltd
`;
      return message(genericHeaders({ from: addr('Dr Rosalind Achterberg', 'r.achterberg@peakdales-uc.co.uk'), to: 'pcse.openexeter@nhs.net', subject: 'Open Exeter - primary users for two areas?', date: '2026-11-26T11:30:02Z', id: outlookId('o016') }, { mailer: 'Microsoft Outlook 16.0' }),
        outlookAlt(text));
    },
    expected: exp('unclassified', null, {}, [], ['question_no_request', 'mentions_service', 'non_nhs_sender']),
  },

  // 017 — chaser with the reference in the subject
  {
    slug: 'chaser-ref-in-subject',
    eml: async () => {
      const text = `Hi, any update on this? Form sent 9/11. Our only primary user leaves on Friday so quite urgent now.
Thanks
Sally

Sally Brennan-Hart | Practice Manager | Eastfield Surgery
`;
      return message(nhsmailHeaders({ from: addr('BRENNAN-HART, Sally (EASTFIELD SURGERY)', 'sally.brennan-hart@nhs.net'), to: OPENEXETER, subject: 'RE: PCSE-2026-019044 Open Exeter primary user request - any update?', date: '2026-11-26T15:45:39Z', id: id('017'), inReplyTo: '<pcse-2026-019044.1@pcse.nhs.net>' }),
        outlookAlt(text, { footer: true }));
    },
    expected: exp('unclassified', null, {}, [], ['chaser', 'case_ref_in_subject', 'urgent']),
  },

  // 018 — bilingual automatic reply from the health board
  {
    slug: 'auto-reply-bilingual-welsh',
    eml: async () => {
      const text = `Diolch am eich neges. Rydw i allan o'r swyddfa tan ddydd Llun 30 Tachwedd. Ar gyfer materion brys, cysylltwch â'r Tîm Sgrinio ar 01686 252600.

Thank you for your message. I am out of the office until Monday 30 November. For urgent matters please contact the Screening Team on 01686 252600.

Catrin Llewelyn
Bwrdd Iechyd Prifysgol Dyffryn Hafren | Severn Valley University Health Board
`;
      return message(genericHeaders({ from: addr('Catrin Llewelyn (Severn Valley UHB - Screening)', 'catrin.llewelyn@wales.nhs.uk'), to: 'pcse.openexeter@nhs.net', subject: unstructured('Ateb awtomatig / Automatic reply: PCSE-2026-018877 – we have received your form', { charset: 'windows-1252', mode: 'Q' }), date: '2026-11-26T16:02:44Z', id: '<c41d2e9f0a7b4c8e93d15b6a2f8e7c10@CWXP265MB3318.GBRP265.PROD.OUTLOOK.COM>', extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'Content-Language: cy-GB'] }, { dom: 'wales.nhs.uk' }),
        textPart(text, { charset: 'utf-8', cte: 'quoted-printable' }));
    },
    expected: exp('unclassified', null, {}, [], ['auto_reply', 'welsh', 'rfc2047_subject', 'case_ref_in_subject'], 'auto_reply'),
  },
];

