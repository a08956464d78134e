// The openexeter mailbox: primary-user forms (the form is the request), permissions, notifications, non-cases.
import { acroPdf, flatPdf, oeGpForm, oeOtherForm, page1Only, scanPdf } from './forms.js';
import type { EmailDef } from './mail.js';
import { quoteHeader } from './mail.js';
import { outlookDate } from './lib.js';

const M = 'openexeter' as const;
const OE = { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' };
const p = (name: string | null, email: string | null) => ({ name, email });
const sg = (name: string | null, email: string | null, role: string) => ({ name, email, role });
const gp = (odsCode: string) => ({ odsCode, type: 'gp_practice' });
const oeReq = (organisation: { odsCode: string | null; type: string } | null, kind: 'gp_practice' | 'other', nominee: ReturnType<typeof p>, signatory: ReturnType<typeof sg>, mustRaise: string[], traits: string[]) => ({
  kind: 'open_exeter_primary_user_request', ignored: null, organisation, fields: { organisationKind: kind, nominee, signatory }, mustRaise, traits,
});

export async function openexeterEmails(): Promise<EmailDef[]> {
  const out: EmailDef[] = [];

  // 001 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 1, slug: 'text1-form-pm-sends-for-partner', client: 'outlook',
    from: { name: 'KOWALCZYK, Bernadette (HOLLINS PARK SURGERY)', email: 'bernadette.kowalczyk@nhs.net' },
    subject: 'Open Exeter form', date: '2026-11-16T09:12:41Z',
    text: `Hi

Please see attached.

Many thanks
Bernadette

Bernadette Kowalczyk
Practice Manager
Hollins Park Surgery
0161 496 0310`,
    attachments: [{
      filename: 'OE Primary User form GP.pdf',
      data: await acroPdf('oe001', oeGpForm({
        org: { name: 'Hollins Park Surgery', code: 'N81062', address: '14 Hollins Lane\nMarple SK6 7QT', phone: '0161 496 0310' },
        nominee: { title: 'Mrs', first: 'Gemma', surname: 'Latchford', job: 'Reception Manager', email: 'gemma.latchford@nhs.net', phone: '0161 496 0312' },
        signatory: { name: 'Dr Oluwaseun Adeyemi', roles: ['GP Partner'], email: 'o.adeyemi@nhs.net', signed: true, date: '13/11/2026' },
      }), { layout: 'beside', check: 'box' }, 'textN', { title: 'Open Exeter Primary User Request - GP Practices' }),
    }],
    expected: oeReq(gp('N81062'), 'gp_practice', p('Gemma Latchford', 'gemma.latchford@nhs.net'), sg('Oluwaseun Adeyemi', 'o.adeyemi@nhs.net', 'gp_partner'), [],
      ['pdf_acroform', 'field_names_textN', 'see_attached', 'sender_not_signatory', 'nhsmail_display_name', 'form_page2_role_list']),
  });

  // 002 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 2, slug: 'nominee-sends-own-form-lead-gp-ok-below', client: 'outlook',
    from: { name: 'SANDHU, Ravinder (ASHGROVE MEDICAL PRACTICE)', email: 'ravinder.sandhu1@nhs.net' },
    subject: 'FW: Primary user form', date: '2026-11-13T08:47:02Z',
    text: `Hello,

Please find my Open Exeter primary user form attached. Dr Hartigan has signed it and his OK is below.

Thanks
Ravi Sandhu
Assistant Practice Manager
Ashgrove Medical Practice

${quoteHeader({ name: 'HARTIGAN, Ciaran (ASHGROVE MEDICAL PRACTICE)', email: 'ciaran.hartigan@nhs.net' }, outlookDate('2026-11-12T17:42:00Z'), [{ name: 'SANDHU, Ravinder (ASHGROVE MEDICAL PRACTICE)', email: 'ravinder.sandhu1@nhs.net' }], 'RE: Primary user form')}

Ravi,

Yes, happy for you to be our second primary user on Open Exeter. Form signed - attached back to you.

Ciaran

Dr Ciaran Hartigan
Lead GP, Ashgrove Medical Practice`,
    attachments: [{
      filename: 'Ashgrove - OE primary user - R Sandhu (signed).pdf',
      data: await acroPdf('oe002', oeGpForm({
        org: { name: 'Ashgrove Medical Practice', code: 'M85711', address: '3 Ashgrove Road\nSmethwick B66 4DJ', phone: '0121 555 0872' },
        nominee: { title: 'Mr', first: 'Ravinder', surname: 'Sandhu', job: 'Assistant Practice Manager', email: 'ravinder.sandhu1@nhs.net', phone: '0121 555 0874' },
        signatory: { name: 'Ciaran Hartigan', roles: ['Lead GP'], signed: true, date: '12/11/2026' },
      }), { layout: 'below', check: 'box' }, 'hungarian', { title: 'OE Primary User form' }),
    }],
    expected: oeReq(gp('M85711'), 'gp_practice', p('Ravinder Sandhu', 'ravinder.sandhu1@nhs.net'), sg('Ciaran Hartigan', 'ciaran.hartigan@nhs.net', 'lead_gp'), [],
      ['pdf_acroform', 'field_names_hungarian', 'value_below_label', 'sender_is_nominee', 'approval_quoted_below', 'signatory_email_only_in_quote']),
  });

  // 003 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 3, slug: 'shared-mailbox-snake-form-empty-body', client: 'outlook',
    from: { name: 'Brookvale Health Centre Reception', email: 'brookvale.reception@nhs.net' },
    subject: 'Open Exeter Primary User Request', date: '2026-11-17T13:05:19Z',
    text: '',
    attachments: [{
      filename: 'scan_oe_form.pdf',
      data: await acroPdf('oe003', oeGpForm({
        org: { name: 'Brookvale Health Centre', code: 'J82134', address: 'Brookvale Road\nSouthampton SO16 4AH', phone: '023 8055 1200' },
        nominee: { title: 'Mr', first: 'Thomas', surname: 'Whitlock', job: 'IT & Data Lead', email: 'thomas.whitlock@nhs.net', phone: '023 8055 1215' },
        signatory: { name: 'Dr Priya Raman', roles: ['Caldicott Guardian'], email: 'priya.raman4@nhs.net', signed: true, date: '17 Nov 2026' },
      }), { layout: 'table', check: 'box' }, 'snake', { title: 'Open Exeter Primary User Request - GP Practices' }),
    }],
    expected: oeReq(gp('J82134'), 'gp_practice', p('Thomas Whitlock', 'thomas.whitlock@nhs.net'), sg('Priya Raman', 'priya.raman4@nhs.net', 'caldicott_guardian'), [],
      ['pdf_acroform', 'field_names_snake', 'empty_body', 'shared_mailbox_sender', 'value_in_table_cell']),
  });

  // 004 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 4, slug: 'acrobat-duplicate-names-existing-primary-contact', client: 'outlook',
    from: { name: 'Lorraine Oakes', email: 'lorraine.oakes@nhs.net' },
    subject: 'Second Primary User - Westgate Surgery L82047', date: '2026-11-18T14:31:55Z',
    text: `Good afternoon,

I am currently the only Primary Contact for Westgate Surgery on Open Exeter and would like a second one set up, as you recommend. The completed form is attached, signed by me as the existing Primary Contact.

Regards

Lorraine Oakes
Practice Manager
Westgate Surgery
Tel 01392 555 014`,
    attachments: [{
      filename: 'Primary User Request GP (filled).pdf',
      data: await acroPdf('oe004', oeGpForm({
        org: { name: 'Westgate Surgery', code: 'L82047', address: '22 Westgate Street\nExeter EX4 3QP', phone: '01392 555 014' },
        nominee: { title: 'Miss', full: 'Kirsty Ann Penhaligon', job: 'Senior Receptionist', email: 'kirsty.penhaligon@nhs.net', phone: '01392 555 019' },
        signatory: { name: 'Lorraine Oakes', roles: ['Existing Primary Contact'], email: 'lorraine.oakes@nhs.net', signed: true, date: '18/11/2026' },
        fullName: true,
      }), { layout: 'beside', check: 'box' }, 'acrobat', { title: 'Primary User Request GP' }),
    }],
    expected: oeReq(gp('L82047'), 'gp_practice', p('Kirsty Ann Penhaligon', 'kirsty.penhaligon@nhs.net'), sg('Lorraine Oakes', 'lorraine.oakes@nhs.net', 'existing_primary_contact'), [],
      ['pdf_acroform', 'field_names_acrobat_duplicates', 'practice_manager_signs_as_primary_contact', 'repeated_labels']),
  });

  // 005 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 5, slug: 'coded-fields-practice-manager-signs', client: 'outlook',
    from: { name: 'Deborah Ashcroft-Lyle', email: 'd.ashcroft-lyle@nhs.net' },
    subject: 'OE primary user', date: '2026-11-19T11:02:10Z',
    text: `Please see attached form for our new primary user. Our partners are all on leave this week so I have signed it myself as practice manager - hope that's ok.

Deborah Ashcroft-Lyle
Practice Manager
Moorside Family Practice`,
    attachments: [{
      filename: 'OE-PU-GP-form.pdf',
      data: await acroPdf('oe005', oeGpForm({
        org: { name: 'Moorside Family Practice', code: 'P87620', address: 'Moorside Road\nSwinton M27 0HZ', phone: '0161 555 7400' },
        nominee: { title: 'Mr', first: 'Imran', surname: 'Qureshi', job: 'Patient Services Lead', email: 'imran.qureshi3@nhs.net', phone: '0161 555 7411' },
        signatory: { name: 'Deborah Ashcroft-Lyle', roles: [], roleText: 'Practice Manager', email: 'd.ashcroft-lyle@nhs.net', signed: true, date: '19/11/2026' },
      }), { layout: 'beside', check: 'box' }, 'coded', { title: 'OE-PU-GP' }),
    }],
    expected: oeReq(gp('P87620'), 'gp_practice', p('Imran Qureshi', 'imran.qureshi3@nhs.net'), sg('Deborah Ashcroft-Lyle', 'd.ashcroft-lyle@nhs.net', 'other'), ['signatory_role_not_allowed'],
      ['pdf_acroform', 'field_names_coded', 'role_not_allowed', 'no_box_ticked', 'form_page2_role_list']),
  });

  // 006 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 6, slug: 'flat-beside-pm-nominated-by-partner', client: 'outlook',
    from: { name: 'Alison Pryce', email: 'alison.pryce@nhs.net' },
    subject: 'Open Exeter - primary user request (Riverbank Medical Centre)', date: '2026-11-20T10:18:33Z',
    text: `Dear Open Exeter team,

Dr Fenwick, one of our GP partners, has signed the attached form nominating me as a Primary User for the practice.

Kind regards
Alison Pryce
Practice Manager
Riverbank Medical Centre
G85033`,
    attachments: [{
      filename: 'Riverbank OE primary user.pdf',
      data: await flatPdf('oe006', oeGpForm({
        org: { name: 'Riverbank Medical Centre', code: 'G85033', address: 'Riverside Walk, Lewisham, London SE13 7RL', phone: '020 7946 0321' },
        nominee: { title: 'Ms', first: 'Alison', surname: 'Pryce', job: 'Practice Manager', email: 'alison.pryce@nhs.net', phone: '020 7946 0322' },
        signatory: { name: 'Dr Marcus Fenwick', roles: ['GP Partner'], signed: true, date: '19 November 2026' },
      }), { layout: 'beside', check: 'brackets', sigStyle: 'typed' }, { title: 'Riverbank OE primary user' }),
    }],
    expected: oeReq(gp('G85033'), 'gp_practice', p('Alison Pryce', 'alison.pryce@nhs.net'), sg('Marcus Fenwick', null, 'gp_partner'), [],
      ['flat_text_pdf', 'value_beside_label', 'checkbox_brackets', 'sender_is_nominee', 'sender_signature_role_is_not_signatory', 'typed_signature']),
  });

  // 007 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 7, slug: 'flat-below-yes-no-no-body', client: 'android',
    from: { name: 'JENNER, Carl (STONEBRIDGE SURGERY)', email: 'carl.jenner@nhs.net' },
    subject: 'OE primary user - Stonebridge', date: '2026-11-20T16:52:07Z',
    text: `

Get Outlook for Android`,
    attachments: [{
      filename: 'Open Exeter Primary User form.pdf',
      data: await flatPdf('oe007', oeGpForm({
        org: { name: 'Stonebridge Surgery', code: 'K83047', address: '1 Stonebridge Lane\nKettering NN15 6PL', phone: '01536 555 230' },
        nominee: { title: 'Mr', first: 'Carl', surname: 'Jenner', job: 'Operations Manager', email: 'carl.jenner@nhs.net', phone: '01536 555 238' },
        signatory: { name: 'Dr Hannah Mbeki-Lowe', roles: ['Caldicott Guardian'], email: 'hannah.mbeki-lowe@nhs.net', signed: true, date: '20.11.2026' },
      }), { layout: 'below', check: 'yesno', font: 'times' }, { title: 'Open Exeter Primary User form', producer: 'Microsoft: Print To PDF', creator: 'Microsoft Word' }),
    }],
    expected: oeReq(gp('K83047'), 'gp_practice', p('Carl Jenner', 'carl.jenner@nhs.net'), sg('Hannah Mbeki-Lowe', 'hannah.mbeki-lowe@nhs.net', 'caldicott_guardian'), [],
      ['flat_text_pdf', 'value_below_label', 'checkbox_yes_no', 'empty_body', 'sender_is_nominee', 'mobile_client']),
  });

  // 008 ----------------------------------------------------------------------------------------------------------
  const owen = { name: 'BELL, Owen (ORCHARD LANE SURGERY)', email: 'owen.bell2@nhs.net' };
  const sunita = { name: 'VARADARAJAN, Sunita (ORCHARD LANE SURGERY)', email: 'sunita.varadarajan@nhs.net' };
  const janice = { name: 'MOORCROFT, Janice (ORCHARD LANE SURGERY)', email: 'janice.moorcroft@nhs.net' };
  out.push({
    mailbox: M, n: 8, slug: 'flat-table-secretary-forwards-lead-gp-note', client: 'outlook',
    from: janice,
    subject: 'FW: Open Exeter', date: '2026-11-23T09:40:12Z',
    text: `Good morning,

Dr Varadarajan has approved the request below and signed the attached form. Please could you set this up.

Kind regards
Janice Moorcroft
Medical Secretary to Dr S Varadarajan
Orchard Lane Surgery

${quoteHeader(sunita, outlookDate('2026-11-20T18:03:00Z'), [janice], 'FW: Open Exeter')}

Approved - please send to PCSE. S.V. (Lead GP)

${quoteHeader(owen, outlookDate('2026-11-20T12:15:00Z'), [sunita], 'Open Exeter')}

Dr V, could you sign the attached so I can be set up as a primary user for Open Exeter? We have nobody since Margaret retired.

Thanks, Owen`,
    attachments: [{
      filename: 'OE primary user - O Bell.pdf',
      data: await flatPdf('oe008', oeGpForm({
        org: { name: 'Orchard Lane Surgery', code: 'N82019', address: 'Orchard Lane, Bootle L20 5HF', phone: '0151 555 9021' },
        nominee: { title: 'Mr', first: 'Owen', surname: 'Bell', job: 'Data Quality Lead', email: 'owen.bell2@nhs.net', phone: '0151 555 9030' },
        signatory: { name: 'Dr Sunita Varadarajan', roles: ['Lead GP'], signed: true, date: '20/11/2026' },
      }), { layout: 'table', check: 'cellX' }, { title: 'Open Exeter Primary User Request' }),
    }],
    expected: oeReq(gp('N82019'), 'gp_practice', p('Owen Bell', 'owen.bell2@nhs.net'), sg('Sunita Varadarajan', 'sunita.varadarajan@nhs.net', 'lead_gp'), [],
      ['flat_text_pdf', 'value_in_table_cell', 'checkbox_cell_x', 'secretary_forward', 'approval_above_quoted_request', 'nested_quotes', 'signatory_email_only_in_quote']),
  });

  // 009 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 9, slug: 'other-org-acro-pascal-caldicott', client: 'outlook',
    from: { name: 'Fiona Strachan', email: 'fiona.strachan@nhs.net' },
    subject: 'Open Exeter Primary User - cytology laboratory', date: '2026-11-24T10:05:48Z',
    text: `Hello,

Please find attached a Primary User request for the cytology laboratory. Our Caldicott Guardian has signed section 3.

Fiona Strachan
Laboratory Manager, Cervical Screening Laboratory
Mersey Valley Pathology`,
    attachments: [{
      filename: 'PU request other organisations - MVP cytology.pdf',
      data: await acroPdf('oe009', oeOtherForm({
        org: { name: 'Cervical Screening Laboratory, Mersey Valley Pathology', code: 'R7N', type: 'NHS Trust pathology laboratory', address: 'Pathology Block, Mersey Valley General Hospital\nWarrington WA5 1QG', phone: '01925 555 600' },
        nominee: { title: 'Dr', first: 'Adaeze', surname: 'Nwachukwu-Reid', job: 'Consultant Biomedical Scientist', email: 'a.nwachukwu-reid@nhs.net', phone: '01925 555 642' },
        signatory: { name: 'Gordon McInally', roles: ['Caldicott Guardian'], email: 'gordon.mcinally@nhs.net', signed: true, date: '23/11/2026' },
      }), { layout: 'beside', check: 'box' }, 'pascal', { title: 'Open Exeter Primary User Request - Other Organisations' }),
    }],
    expected: oeReq({ odsCode: 'R7N', type: 'other' }, 'other', p('Adaeze Nwachukwu-Reid', 'a.nwachukwu-reid@nhs.net'), sg('Gordon McInally', 'gordon.mcinally@nhs.net', 'caldicott_guardian'), [],
      ['pdf_acroform', 'field_names_pascal', 'other_organisation', 'trust_code', 'form_page2_role_list']),
  });

  // 010 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 10, slug: 'other-org-flat-clinical-lead-not-allowed', client: 'outlook',
    from: { name: 'Tamsin Greaves', email: 'tamsin.greaves@nhs.net' },
    subject: 'Primary user form - Harbourside Sexual Health', date: '2026-11-24T15:44:20Z',
    text: `Hi,

Attached is our form for a primary user at the sexual health service. It's been signed off by our clinical lead.

Thanks
Tamsin Greaves
Service Administrator
Harbourside Sexual Health Service`,
    attachments: [{
      filename: 'Harbourside PU form.pdf',
      data: await flatPdf('oe010', oeOtherForm({
        org: { name: 'Harbourside Sexual Health Service', code: 'RBZ17', type: 'Sexual health clinic', address: 'Harbourside Clinic, Quay Street, Poole BH15 1HJ', phone: '01202 555 770' },
        nominee: { title: 'Ms', first: 'Nadia', surname: 'Petrescu', job: 'Clinic Coordinator', email: 'nadia.petrescu@nhs.net', phone: '01202 555 774' },
        signatory: { name: 'Dr Elliot Rushworth', roles: [], roleText: 'Clinical Lead, Sexual Health', email: 'elliot.rushworth@nhs.net', signed: true, date: '24/11/26' },
      }), { layout: 'beside', check: 'brackets', font: 'times' }, { title: 'Harbourside PU form' }),
    }],
    expected: oeReq({ odsCode: 'RBZ17', type: 'other' }, 'other', p('Nadia Petrescu', 'nadia.petrescu@nhs.net'), sg('Elliot Rushworth', 'elliot.rushworth@nhs.net', 'other'), ['signatory_role_not_allowed'],
      ['flat_text_pdf', 'checkbox_brackets', 'other_organisation', 'role_not_allowed', 'no_box_ticked']),
  });

  // 011 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 11, slug: 'other-org-y-code-walk-in-centre', client: 'outlook',
    from: { name: 'Gareth Pendry', email: 'gareth.pendry@nhs.net' },
    subject: 'Open Exeter - Castlegate Walk-in Centre', date: '2026-11-25T08:58:31Z',
    text: `Please see attached. I am the existing Primary User for the walk-in centre and have signed the form for my deputy.

Gareth Pendry
Service Manager
Castlegate Walk-in Centre`,
    attachments: [{
      filename: 'OE Primary User - Other Orgs.pdf',
      data: await acroPdf('oe011', oeOtherForm({
        org: { name: 'Castlegate Walk-in Centre', code: 'Y02817', type: 'Walk-in Centre (NHS Trust)', address: 'Castlegate, Nottingham NG1 7AR', phone: '0115 555 8800' },
        nominee: { title: 'Mrs', first: 'Louise', surname: 'Tranter', job: 'Deputy Service Manager', email: 'louise.tranter@nhs.net', phone: '0115 555 8812' },
        signatory: { name: 'Gareth Pendry', roles: ['Existing Primary User within the organisation'], email: 'gareth.pendry@nhs.net', signed: true, date: '25/11/2026' },
      }), { layout: 'below', check: 'box' }, 'acrobat', { title: 'OE Primary User - Other Orgs' }),
    }],
    expected: oeReq(gp('Y02817'), 'other', p('Louise Tranter', 'louise.tranter@nhs.net'), sg('Gareth Pendry', 'gareth.pendry@nhs.net', 'existing_primary_user'), ['ods_type_mismatch'],
      ['pdf_acroform', 'field_names_acrobat_duplicates', 'other_organisation', 'stated_type_contradicts_code', 'sender_is_signatory']),
  });

  // 012 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 12, slug: 'scan-gp-partner-two-pages-rotated', client: 'outlook',
    from: { name: 'WHITFIELD, Sharon (ELMTREE SURGERY)', email: 'sharon.whitfield@nhs.net' },
    subject: 'Open Exeter primary user', date: '2026-11-25T11:20:04Z',
    text: `Hi

Scanned form attached for an Open Exeter primary user. Signed by Dr Akinola (partner).

Thanks
Sharon`,
    attachments: [{
      filename: 'Scanned from a Xerox Multifunction Printer.pdf',
      data: await scanPdf('oe012', oeGpForm({
        org: { name: 'Elmtree Surgery', code: 'H81076', address: '7 Elm Tree Road\nCobham KT11 3HB', phone: '01932 555 410' },
        nominee: { title: 'MRS', first: 'Joanne', surname: 'FITZGERALD', job: 'Medical Administrator', email: 'joanne.fitzgerald7@nhs.net', phone: '01932 555 417' },
        signatory: { name: 'Dr Tobi Akinola', roles: ['GP Partner'], signed: true, date: '24/11/26' },
      }), { layout: 'beside', check: 'box' }, { hand: 'HandB', angle: [1.3, -0.6] }, { title: 'Scanned from a Xerox Multifunction Printer', producer: 'Xerox AltaLink C8130', creator: 'Xerox AltaLink C8130' }),
    }],
    expected: oeReq(gp('H81076'), 'gp_practice', p('Joanne Fitzgerald', 'joanne.fitzgerald7@nhs.net'), sg('Tobi Akinola', null, 'gp_partner'), [],
      ['scan', 'handwritten', 'rotated', 'two_page_scan', 'block_capitals', 'hand_tick']),
  });

  // 013 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 13, slug: 'scan-blank-signature-box', client: 'outlook',
    from: { name: 'Parkview Medical Centre', email: 'parkview.medical@nhs.net' },
    subject: 'OE form', date: '2026-11-26T14:07:45Z',
    text: `please see attached`,
    attachments: [{
      filename: 'doc20261126140512.pdf',
      data: await scanPdf('oe013', page1Only(oeGpForm({
        org: { name: 'Parkview Medical Centre', code: 'B82066', address: '60 Park View\nHarrogate HG1 5LB', phone: '01423 555 920' },
        nominee: { title: 'Mr', first: 'Stephen', surname: 'Okafor', job: 'Practice Administrator', email: 's.okafor1@nhs.net', phone: '01423 555 926' },
        signatory: { name: 'Rachel Emmerson', roles: ['GP Partner'], email: 'rachel.emmerson@nhs.net', signed: false, date: '26/11/2026' },
      })), { layout: 'beside', check: 'box' }, { hand: 'HandC', angle: [-0.9] }, { title: 'doc20261126140512', producer: 'Canon iR-ADV C5535', creator: 'Canon iR-ADV C5535' }),
    }],
    expected: oeReq(gp('B82066'), 'gp_practice', p('Stephen Okafor', 's.okafor1@nhs.net'), sg('Rachel Emmerson', 'rachel.emmerson@nhs.net', 'gp_partner'), ['missing_signature'],
      ['scan', 'handwritten', 'rotated', 'blank_signature_box', 'see_attached', 'shared_mailbox_sender']),
  });

  // 014 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 14, slug: 'scan-other-org-typed-ballot-board-member', client: 'outlook',
    from: { name: 'Priyanka Deshmukh', email: 'priyanka.deshmukh@nhs.net' },
    subject: 'Primary User request - Colposcopy Unit, Kingsmead Hospital', date: '2026-11-26T16:30:11Z',
    text: `Dear PCSE,

Please find attached our signed request for a Primary User for the colposcopy clinic. The form was signed by Mr Alistair Brennan, our Medical Director, who sits on the Trust Board.

Kind regards
Priyanka Deshmukh
Colposcopy Services Manager
Kingsmead Hospital`,
    attachments: [{
      filename: 'Colposcopy OE PU form signed.pdf',
      data: await scanPdf('oe014', oeOtherForm({
        org: { name: 'Colposcopy Unit, Kingsmead Hospital', code: 'RKM05', type: 'Hospital colposcopy clinic', address: 'Kingsmead Hospital, London Road\nChelmsford CM2 9TX', phone: '01245 555 300' },
        nominee: { title: 'Mrs', first: 'Priyanka', surname: 'Deshmukh', job: 'Colposcopy Services Manager', email: 'priyanka.deshmukh@nhs.net', phone: '01245 555 318' },
        signatory: { name: 'Alistair Brennan', roles: ['Member of the Board of Directors'], signed: true, date: '25 November 2026' },
      }), { layout: 'beside', check: 'ballot' }, { hand: 'HandD', angle: [0.7, 1.1], typedValues: true }, { title: 'Colposcopy OE PU form signed', producer: 'HP Scan', creator: 'HP LaserJet MFP M428fdw' }),
    }],
    expected: oeReq({ odsCode: 'RKM05', type: 'other' }, 'other', p('Priyanka Deshmukh', 'priyanka.deshmukh@nhs.net'), sg('Alistair Brennan', null, 'board_member'), [],
      ['scan', 'typed_then_printed', 'checkbox_ballot_glyph', 'rotated', 'other_organisation', 'sender_is_nominee']),
  });

  // 015 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 15, slug: 'form-and-body-name-different-nominees', client: 'outlook',
    from: { name: 'OBI, Nkechi (FERNHILL SURGERY)', email: 'nkechi.obi@nhs.net' },
    subject: 'Open Exeter primary user - Fernhill Surgery', date: '2026-11-27T09:14:26Z',
    text: `Hello,

Please set up our new receptionist Danielle Oakley as a Primary User - signed form attached.

Dr Nkechi Obi
GP Partner
Fernhill Surgery`,
    attachments: [{
      filename: 'Fernhill OE PU.pdf',
      data: await acroPdf('oe015', oeGpForm({
        org: { name: 'Fernhill Surgery', code: 'D81027', address: 'Fernhill Road\nCambridge CB1 9EJ', phone: '01223 555 660' },
        nominee: { title: 'Mr', first: 'Daniel', surname: 'Okoro', job: 'Reception Team Leader', email: 'daniel.okoro@nhs.net', phone: '01223 555 661' },
        signatory: { name: 'Dr Nkechi Obi', roles: ['GP Partner'], email: 'nkechi.obi@nhs.net', signed: true, date: '27/11/2026' },
      }), { layout: 'table', check: 'box' }, 'hungarian', { title: 'Fernhill OE PU' }),
    }],
    expected: oeReq(gp('D81027'), 'gp_practice', p('Daniel Okoro', 'daniel.okoro@nhs.net'), sg('Nkechi Obi', 'nkechi.obi@nhs.net', 'gp_partner'), ['nominee_mismatch'],
      ['pdf_acroform', 'field_names_hungarian', 'body_and_form_disagree', 'sender_is_signatory']),
  });

  // 016 additional permissions ------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 16, slug: 'permissions-gp-partner-direct', client: 'outlook',
    from: { name: 'Dr Yusuf Hamdan', email: 'yusuf.hamdan@nhs.net' },
    subject: 'Additional Open Exeter permissions - Sharon Pike', date: '2026-11-27T12:40:00Z',
    text: `Dear Open Exeter team,

Please could you add the following permissions to our practice nurse's Open Exeter account:

- Prior Notification List
- Cervical Cytology Results Enquiry

Name: Sharon Pike
Open Exeter user ID: SPIKE4
Email: sharon.pike@nhs.net
Practice: Larchwood Surgery (D81044)

Many thanks

Dr Yusuf Hamdan
GP Partner
Larchwood Surgery`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: gp('D81044'),
      fields: { user: { name: 'Sharon Pike', email: 'sharon.pike@nhs.net', username: 'SPIKE4' }, permissions: ['Prior Notification List', 'Cervical Cytology Results Enquiry'], signatory: sg('Yusuf Hamdan', 'yusuf.hamdan@nhs.net', 'gp_partner') },
      mustRaise: [], traits: ['bulleted_permissions', 'key_value_lines', 'role_in_signature'],
    },
  });

  // 017 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 17, slug: 'permissions-practice-manager-asks', client: 'outlook',
    from: { name: 'THWAITE, Gillian (GORSEY LANE SURGERY)', email: 'gillian.thwaite@nhs.net' },
    subject: 'Failsafe access', date: '2026-11-30T10:22:51Z',
    text: `Hi,

Can you give Mandeep Gill (user name MGILL02) access to the Failsafe reports in Open Exeter please? She is taking over from Ann on cervical screening admin at Gorsey Lane Surgery, M83640.

Thanks
Gillian Thwaite
Practice Manager`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: gp('M83640'),
      fields: { user: { name: 'Mandeep Gill', email: null, username: 'MGILL02' }, permissions: ['Failsafe reports'], signatory: sg('Gillian Thwaite', 'gillian.thwaite@nhs.net', 'other') },
      mustRaise: ['signatory_role_not_allowed'], traits: ['role_not_allowed', 'prose_request', 'practice_manager_requests'],
    },
  });

  // 018 ----------------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 18, slug: 'permissions-lead-gp-from-gmail', client: 'gmail',
    from: { name: 'Aled Pritchard', email: 'aled.pritchard.gp@gmail.com' },
    subject: 'Open Exeter - PNL access for our nurse', date: '2026-11-30T19:47:13Z',
    text: `Hi,

Writing from my personal account as NHSmail won't let me in from home tonight. As Lead GP at Pen-y-Bryn Surgery (N85028) please add Prior Notification List access for our practice nurse Ffion Roberts - user ID FROBERTS1, ffion.roberts@nhs.net.

Thanks,
Aled

Dr Aled Pritchard
Lead GP, Pen-y-Bryn Surgery`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: gp('N85028'),
      fields: { user: { name: 'Ffion Roberts', email: 'ffion.roberts@nhs.net', username: 'FROBERTS1' }, permissions: ['Prior Notification List'], signatory: sg('Aled Pritchard', 'aled.pritchard.gp@gmail.com', 'lead_gp') },
      mustRaise: ['sender_not_nhs'], traits: ['personal_address', 'gmail', 'prose_request'],
    },
  });

  // 019 ----------------------------------------------------------------------------------------------------------
  const kerry = { name: 'LOMAX, Kerry (THORNBURY HEALTH CENTRE)', email: 'kerry.lomax@nhs.net' };
  const ben = { name: 'ARKWRIGHT, Benedict (THORNBURY HEALTH CENTRE)', email: 'benedict.arkwright@nhs.net' };
  out.push({
    mailbox: M, n: 19, slug: 'permissions-caldicott-approves-forwarded-request', client: 'outlook',
    from: ben, subject: 'FW: Open Exeter access for Priti', date: '2026-12-01T08:31:40Z',
    text: `Approved - please action.

Dr Ben Arkwright
Caldicott Guardian, Thornbury Health Centre

${quoteHeader(kerry, outlookDate('2026-11-30T16:10:00Z'), [ben], 'Open Exeter access for Priti')}

Hi Ben,

PCSE need requests for extra Open Exeter permissions to come from you. Could you forward this to pcse.openexeter@nhs.net with your approval?

User: Priti Chauhan
User ID: PCHAUHAN
Email: priti.chauhan2@nhs.net
Permissions needed: Sample Taker Lookup, Prior Notification List
Organisation: Thornbury Health Centre, A82655

Thanks
Kerry
Practice Manager`,
    expected: {
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: gp('A82655'),
      fields: { user: { name: 'Priti Chauhan', email: 'priti.chauhan2@nhs.net', username: 'PCHAUHAN' }, permissions: ['Sample Taker Lookup', 'Prior Notification List'], signatory: sg('Benedict Arkwright', 'benedict.arkwright@nhs.net', 'caldicott_guardian') },
      mustRaise: [], traits: ['approval_above_quoted_request', 'practice_manager_in_quote', 'nickname_vs_full_name'],
    },
  });

  // 020 new-user notification -------------------------------------------------------------------------------------
  const notice = (o: { code: string; org: string; uid: string; name: string; email: string; role: string; byId: string; byName: string; when: string }) => `OPEN EXETER - ORGANISATION MAINTENANCE

A new user account has been created and requires authorisation by PCSE.

Organisation code:   ${o.code}
Organisation name:   ${o.org}

New user
  User ID:           ${o.uid}
  Name:              ${o.name}
  Email:             ${o.email}
  Role:              ${o.role}

Created by
  User ID:           ${o.byId}
  Name:              ${o.byName}
  Date created:      ${o.when}

This is an automatically generated message. Please do not reply.`;
  out.push({
    mailbox: M, n: 20, slug: 'new-user-notification', client: 'system',
    from: { name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' },
    subject: 'Open Exeter: New user created - authorisation required', date: '2026-12-01T10:41:22Z',
    text: notice({ code: 'C84062', org: 'WOLLATON VALE SURGERY', uid: 'HBRANNIGAN', name: 'BRANNIGAN, HELEN', email: 'helen.brannigan@nhs.net', role: 'Practice Nurse', byId: 'JOKAFOR2', byName: 'OKAFOR, JOY', when: '01/12/2026 10:40' }),
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: gp('C84062'),
      fields: { user: { name: 'Helen Brannigan', email: 'helen.brannigan@nhs.net', username: 'HBRANNIGAN' }, createdBy: p('Joy Okafor', null) },
      mustRaise: [], traits: ['system_notification', 'surname_first_capitals', 'two_name_blocks'],
    },
  });

  // 021 ----------------------------------------------------------------------------------------------------------
  const joel = { name: 'HAVERFORD, Joel (BEECH HOUSE SURGERY)', email: 'joel.haverford@nhs.net' };
  out.push({
    mailbox: M, n: 21, slug: 'new-user-notification-forwarded-by-creator', client: 'outlook',
    from: joel, subject: 'FW: Open Exeter: New user created - authorisation required', date: '2026-12-01T14:12:09Z',
    text: `Hi,

I've just set up our new HCA on Open Exeter - please could you authorise her and send her a password.

Thanks
Joel Haverford
Primary User / IT Lead
Beech House Surgery

${quoteHeader({ name: 'Open Exeter', email: 'openexeter.notifications@nhs.net' }, outlookDate('2026-12-01T14:05:00Z'), [joel], 'Open Exeter: New user created - authorisation required')}

${notice({ code: 'J81044', org: 'BEECH HOUSE SURGERY', uid: 'AHUSSAIN7', name: 'HUSSAIN, AMINA', email: 'amina.hussain5@nhs.net', role: 'Health Care Assistant', byId: 'JHAVERFORD', byName: 'HAVERFORD, JOEL', when: '01/12/2026 14:04' })}`,
    expected: {
      kind: 'open_exeter_new_user_authorisation', ignored: null, organisation: gp('J81044'),
      fields: { user: { name: 'Amina Hussain', email: 'amina.hussain5@nhs.net', username: 'AHUSSAIN7' }, createdBy: p('Joel Haverford', 'joel.haverford@nhs.net') },
      mustRaise: [], traits: ['forwarded_notification', 'creator_is_sender', 'surname_first_capitals'],
    },
  });

  // 022 question --------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 22, slug: 'question-about-primary-user-permissions', client: 'outlook',
    from: { name: 'Leanne Corbett', email: 'leanne.corbett@nhs.net' },
    subject: 'Query - Open Exeter permissions', date: '2026-12-02T11:03:37Z',
    text: `Hi,

Quick question - when a primary user is set up, do they get the Prior Notification List permission automatically, or does that have to be requested separately by a GP partner? We're trying to work out who in the team needs what before we send any forms.

Thanks
Leanne Corbett
Deputy Practice Manager
Hatton Grove Surgery`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'mentions_permissions', 'mentions_roles'] },
  });

  // 023 out of office ---------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 23, slug: 'out-of-office', client: 'outlook',
    from: { name: 'Dr Nkechi Obi', email: 'nkechi.obi@nhs.net' }, to: [OE],
    subject: 'Automatic reply: Open Exeter primary user - Fernhill Surgery [PCSE-2026-118904]', date: '2026-12-02T13:30:02Z',
    extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'nkechi.obi@nhs.net']],
    text: `Thank you for your email. I am out of the office until Monday 7 December with no access to email.

For anything urgent please contact the practice on 01223 555 660 or email fernhill.surgery@nhs.net.`,
    disclaimer: false,
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'case_reference'] },
  });

  // 024 chaser ----------------------------------------------------------------------------------------------------
  out.push({
    mailbox: M, n: 24, slug: 'chaser-with-reference', client: 'outlook',
    from: { name: 'WHITFIELD, Sharon (ELMTREE SURGERY)', email: 'sharon.whitfield@nhs.net' },
    subject: 'RE: Open Exeter primary user [PCSE-2026-117733]', date: '2026-12-04T09:55:18Z',
    text: `Hi,

Just chasing this one - we sent the signed form over a while ago and Joanne still can't see Organisation Maintenance. Could you let me know where it's up to?

Thanks
Sharon

${quoteHeader(OE, outlookDate('2026-11-25T11:21:00Z'), [{ name: 'WHITFIELD, Sharon (ELMTREE SURGERY)', email: 'sharon.whitfield@nhs.net' }], 'Open Exeter primary user [PCSE-2026-117733]')}

Thank you for your email. Your request has been logged with reference PCSE-2026-117733.`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'case_reference', 'quoted_acknowledgement'] },
  });

  return out;
}
