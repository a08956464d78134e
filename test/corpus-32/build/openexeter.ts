// openexeter: Primary User forms (typed, fillable, photographed, handwritten), extra permissions, new-user notifications.
import {
  addr, alt, angleQuote, attachment, esc, gmailHtmlDoc, gmailOn, gmailQuoteHtml, mixed, mk, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML,
  outlookHtmlDoc, outlookQuote, outlookQuoteHtml, pcseAck, pcseInfoRequest, person, textPart, textToHtmlDivs, textToMso, topHeaders,
  type Email, type Quoted,
} from './lib.js';
import { acroFormPdf, cleanHandScan, phonePhotoScan, wordTablePdf, type FormSpec, type Row } from './pdfs.js';

const MB = 'openexeter';
const PCSE = 'pcse.openexeter@nhs.net';
const TO = addr('PCSE Open Exeter', PCSE);
const PCSE_NAME = 'PCSE Open Exeter';
const TEAM = 'PCSE Open Exeter Team';

const GP_CAPACITY = ['Lead GP', 'GP Partner', 'Caldicott Guardian', 'Existing Primary Contact', 'Member of the Board of Directors'];
const OTHER_CAPACITY = ['Caldicott Guardian', 'Member of the Board of Directors', 'Existing Primary User within the organisation'];

interface OeValues { orgName: string; orgCode: string; orgAddress: string; puName: string; puTitle: string; puEmail: string; puPhone: string;
  sigName: string; capacity: number | null; capacityOptions?: string[]; sigEmail: string; signed: boolean; date: string; dateHand?: boolean }

function oeForm(v: OeValues, gp: boolean): FormSpec {
  const rows: Row[] = [
    { t: 'heading', text: 'Section 1 - Organisation details' },
    { t: 'field', label: gp ? 'Practice name' : 'Organisation name', value: v.orgName },
    { t: 'field', label: gp ? 'Practice code (ODS)' : 'Organisation code', value: v.orgCode },
    { t: 'field', label: 'Address', value: v.orgAddress },
    { t: 'heading', text: 'Section 2 - Primary User to be set up' },
    { t: 'field', label: 'Full name', value: v.puName },
    { t: 'field', label: 'Job title', value: v.puTitle },
    { t: 'field', label: 'NHS email address', value: v.puEmail },
    { t: 'field', label: 'Telephone', value: v.puPhone },
    { t: 'heading', text: 'Section 3 - Authorised signatory' },
    { t: 'para', text: gp ? 'This form must be signed by a Lead GP, GP Partner, Caldicott Guardian, Existing Primary Contact or Member of the Board of Directors, otherwise PCSE is unable to process the request.'
      : 'This form must be signed by a Caldicott Guardian, a Member of the Board of Directors or an existing Primary User within the organisation.' },
    { t: 'field', label: 'Signatory name', value: v.sigName },
    { t: 'tick', label: 'Capacity (tick one)', options: v.capacityOptions ?? (gp ? GP_CAPACITY : OTHER_CAPACITY), ticked: v.capacity },
    { t: 'field', label: 'Signatory email', value: v.sigEmail },
    { t: 'sign', label: 'Signature', signed: v.signed, name: v.sigName },
    { t: 'field', label: 'Date', value: v.date, hand: v.dateHand },
  ];
  return { org: 'Primary Care Support England - Open Exeter', title: gp ? 'Open Exeter: Request for a Primary User (GP Practices)' : 'Open Exeter: Request for a Primary User (Other Organisations)',
    subtitle: 'Cervical screening administration - Organisation Maintenance access', rows, footer: 'Page 1 of 2    Email the completed form to pcse.openexeter@nhs.net' };
}

function outlookReply(id: string, newText: string, q: Quoted, footer = true): ReturnType<typeof alt> {
  const text = `${newText}\n\n${footer ? `${NHSMAIL_FOOTER}\n` : ''}${outlookQuote(q)}`;
  const html = outlookHtmlDoc(`${textToMso(newText)}\n${footer ? NHSMAIL_FOOTER_HTML : ''}\n${outlookQuoteHtml(q, textToMso(q.body))}`);
  return alt('outlook', id, textPart(text), textPart(html, { subtype: 'html' }));
}

const sig = (name: string | null, email: string | null, role: string) => ({ ...person(name, email), role });

export async function openexeter(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 — phone photo of the printed GP form, sent from an iPhone
  {
    const id = '0D1E2F3A-4B5C-4D6E-8F7A-8B9C0D1E2F3A@nhs.net';
    const scan = await phonePhotoScan(oeForm({ orgName: 'Lowther Street Surgery', orgCode: 'A84019', orgAddress: '14 Lowther Street, Whitehaven, CA28 7DG',
      puName: 'Sharon Platt', puTitle: 'Practice Manager', puEmail: 'sharon.platt@nhs.net', puPhone: '01946 693 412',
      sigName: 'Dr Adewale Ogunbiyi', capacity: 1, sigEmail: 'adewale.ogunbiyi@nhs.net', signed: true, date: '16/11/26', dateHand: true }, true), 1001);
    const text = `Hi please find OE primary user form attached. Sorry its a photo, scanner is broken.

Sharon

Sent from my iPhone`;
    const body = textPart(text, { charset: 'us-ascii', cte: '7bit' });
    const top = topHeaders({ client: 'iphone', from: addr('Sharon Platt', 'sharon.platt@nhs.net'), fromDomain: 'nhs.net', to: PCSE, subject: 'OE form', date: '2026-11-16T17:48:10Z', id });
    out.push(mk(MB, 1, 'primary-user-phone-photo-scan', top, mixed('apple', id, body, [attachment('IMG_4471.pdf', scan.pdf, 'application/pdf', 'apple')]), {
      kind: 'open_exeter_primary_user_request', org: ['A84019', 'gp_practice'],
      fields: { organisationKind: 'gp_practice', nominee: person('Sharon Platt', 'sharon.platt@nhs.net'), signatory: sig('Adewale Ogunbiyi', 'adewale.ogunbiyi@nhs.net', 'gp_partner') },
      traits: ['pdf_scan', 'scan_phone_photo', 'skewed', 'uneven_lighting', 'jpeg', 'mobile_short', 'iphone', 'nominee_is_sender', 'nigerian_name'],
    }, ['scan']));
  }

  // 002 — clean scan of a form filled in by hand; Caldicott Guardian signs
  {
    const id = 'LO4P265MB0202OE0002HERE000AAAA0202@LO4P265MB0202.GBRP265.PROD.OUTLOOK.COM';
    const scan = await cleanHandScan(oeForm({ orgName: 'Whitecross Road Surgery', orgCode: 'M81052', orgAddress: '61 Whitecross Road, Hereford, HR4 0DQ',
      puName: 'Eleri Vaughan-Thomas', puTitle: 'Reception Manager', puEmail: 'eleri.vaughan-thomas@nhs.net', puPhone: '01432 272 285',
      sigName: "Dr Niamh O'Connell", capacity: 2, sigEmail: 'niamh.oconnell@nhs.net', signed: true, date: '17.11.2026' }, true), 2002);
    const text = `Good afternoon,

Please see attached the signed form for a new Open Exeter primary user at Whitecross Road Surgery (M81052).

Kind regards,
Eleri

Eleri Vaughan-Thomas
Reception Manager
Whitecross Road Surgery`;
    const body = alt('outlook', id, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), textPart(outlookHtmlDoc(`${textToMso(text)}\n${NHSMAIL_FOOTER_HTML}`), { subtype: 'html' }));
    const top = topHeaders({ client: 'outlook', from: addr('Eleri Vaughan-Thomas', 'eleri.vaughan-thomas@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Open Exeter Primary User form - M81052', date: '2026-11-17T14:37:22Z', id });
    out.push(mk(MB, 2, 'primary-user-handwritten-clean-scan', top, mixed('outlook', id, body, [attachment('Scanned from a Canon iR-ADV C5840.pdf', scan.pdf)]), {
      kind: 'open_exeter_primary_user_request', org: ['M81052', 'gp_practice'],
      fields: { organisationKind: 'gp_practice', nominee: person('Eleri Vaughan-Thomas', 'eleri.vaughan-thomas@nhs.net'), signatory: sig("Niamh O'Connell", 'niamh.oconnell@nhs.net', 'caldicott_guardian') },
      traits: ['pdf_scan', 'scan_handwritten', 'hand_tick', 'welsh_name', 'irish_apostrophe', 'hyphenated_name', 'nominee_is_sender'],
    }, ['scan']));
  }

  // 003 — other organisation (no ODS code), Word-exported form in Times, signed by the Caldicott Guardian
  {
    const id = 'LO6P265MB0303OE0003WESSEX0BBBB0303@LO6P265MB0303.GBRP265.PROD.OUTLOOK.COM';
    const pdf = await wordTablePdf(oeForm({ orgName: 'Wessex Vale Integrated Sexual Health Service', orgCode: 'N/A - not held', orgAddress: 'Level 2, Kingsway House, 18 Kingsway, Southampton, SO14 1NS',
      puName: 'Priyanka Sathyamoorthy', puTitle: 'Service Manager', puEmail: 'priyanka.sathyamoorthy@nhs.net', puPhone: '023 8071 9000',
      sigName: 'Dr Catherine Ballantyne-Reid', capacity: 0, sigEmail: 'catherine.ballantyne-reid@nhs.net', signed: true, date: '18 November 2026' }, false),
    { seed: 3033, serif: true, author: 'Sathyamoorthy, Priyanka' });
    const text = `Dear Open Exeter team,

Our service does not yet have a Primary User on Open Exeter. Please find attached the completed request form (other organisations), signed by our Caldicott Guardian, Dr Ballantyne-Reid.

We do not have an ODS code of our own - we sit under the council contract.

With thanks,
Priyanka Sathyamoorthy
Service Manager
Wessex Vale Integrated Sexual Health Service`;
    const body = alt('outlook', id, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), textPart(outlookHtmlDoc(`${textToMso(text)}\n${NHSMAIL_FOOTER_HTML}`), { subtype: 'html' }));
    const top = topHeaders({ client: 'outlook', from: addr('SATHYAMOORTHY, Priyanka (WESSEX VALE ISHS)', 'priyanka.sathyamoorthy@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Primary User request - Wessex Vale ISHS', date: '2026-11-18T11:58:40Z', id });
    out.push(mk(MB, 3, 'primary-user-other-org-word-pdf', top, mixed('outlook', id, body, [attachment('OE Primary User form - other organisations.pdf', pdf)]), {
      kind: 'open_exeter_primary_user_request', org: [null, 'other'],
      fields: { organisationKind: 'other', nominee: person('Priyanka Sathyamoorthy', 'priyanka.sathyamoorthy@nhs.net'), signatory: sig('Catherine Ballantyne-Reid', 'catherine.ballantyne-reid@nhs.net', 'caldicott_guardian') },
      traits: ['pdf_text_table', 'word_export', 'other_organisation', 'no_ods_code', 'nhsmail_display_name', 'tamil_name', 'hyphenated_name'],
    }, ['text']));
  }

  // 004 — fillable form with odd field names; the Lead GP's email corrects the nominee's address on the form
  {
    const id = 'LO2P265MB0404OE0004WYE0000CCCC0404@LO2P265MB0404.GBRP265.PROD.OUTLOOK.COM';
    const pdf = await acroFormPdf({
      org: 'Primary Care Support England - Open Exeter', title: 'Open Exeter: Request for a Primary User (GP Practices)',
      intro: 'Please ensure the form is signed by an authorised signatory at the bottom of page 1.',
      sections: [
        { heading: 'Practice', fields: [
          { name: 'Txt_Org_Nm', label: 'Practice name', value: 'Wye Valley Surgery' },
          { name: 'Txt_Org_Code', label: 'Practice code', value: 'M81033' },
        ] },
        { heading: 'Primary User', fields: [
          { name: 'Txt_PU_FN', label: 'First name', value: 'Rhys' },
          { name: 'Txt_PU_SN', label: 'Surname', value: 'ap Gwilym' },
          { name: 'Txt_PU_Mail', label: 'NHS email', value: 'rhys.apgwilym1@nhs.net' },
          { name: 'Txt_PU_JT', label: 'Job title', value: 'Data Quality Lead' },
        ] },
        { heading: 'Authorised signatory', fields: [
          { name: 'Txt_Sig_Name', label: 'Name', value: 'Dr Angharad Lloyd' },
          { name: 'Txt_Sig_Mail', label: 'Email', value: 'angharad.lloyd@nhs.net' },
          { name: 'Chk_LeadGP', label: 'Lead GP', value: '', kind: 'check', checked: true },
          { name: 'Chk_Partner', label: 'GP Partner', value: '', kind: 'check', checked: false },
          { name: 'Chk_CG', label: 'Caldicott Guardian', value: '', kind: 'check', checked: false },
          { name: 'Chk_PC', label: 'Existing Primary Contact', value: '', kind: 'check', checked: false },
          { name: 'Chk_BoD', label: 'Member of the Board of Directors', value: '', kind: 'check', checked: false },
          { name: 'Txt_Sig_Date', label: 'Date', value: '19/11/2026' },
        ] },
      ],
      signature: { fieldName: 'Sig_Box', label: 'Signature', drawn: true },
    }, { seed: 4044, author: 'Angharad Lloyd' });
    const text = `Hello,

Attached is the Open Exeter form for our new primary user, Rhys ap Gwilym.

Please note his email address on the form is wrong - it should be rhys.apgwilym@nhs.net, not rhys.apgwilym1@nhs.net (the "1" one belongs to his old post at the hospital).

Diolch,
Dr Angharad Lloyd
Lead GP, Wye Valley Surgery`;
    const body = alt('outlook', id, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), textPart(outlookHtmlDoc(`${textToMso(text)}\n${NHSMAIL_FOOTER_HTML}`), { subtype: 'html' }));
    const top = topHeaders({ client: 'outlook', from: addr('Angharad Lloyd', 'angharad.lloyd@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'OE primary user - Wye Valley Surgery M81033', date: '2026-11-19T12:14:09Z', id });
    out.push(mk(MB, 4, 'primary-user-acroform-email-corrects-address', top, mixed('outlook', id, body, [attachment('OE PU form Wye Valley.pdf', pdf)]), {
      kind: 'open_exeter_primary_user_request', org: ['M81033', 'gp_practice'],
      fields: { organisationKind: 'gp_practice', nominee: person('Rhys ap Gwilym', 'rhys.apgwilym@nhs.net'), signatory: sig('Angharad Lloyd', 'angharad.lloyd@nhs.net', 'lead_gp') },
      traits: ['pdf_acroform', 'odd_field_names', 'form_body_disagree', 'body_corrects_form', 'decoy_address', 'welsh_name', 'name_particle'],
    }, ['acroform']));
  }

  // 005 — reply to PCSE's "form not signed": the re-sent form is signed by the practice manager
  {
    const id = 'LO0P265MB0505OE0005ARNOLD0DDDD0505@LO0P265MB0505.GBRP265.PROD.OUTLOOK.COM';
    const pdf = await wordTablePdf(oeForm({ orgName: 'Arnold Road Surgery', orgCode: 'C84091', orgAddress: '201 Arnold Road, Nottingham, NG5 5HJ',
      puName: 'Temitope Bakare', puTitle: 'Senior Receptionist', puEmail: 'temitope.bakare@nhs.net', puPhone: '0115 920 4455',
      sigName: 'Lorraine McAllister-Boyd', capacity: 5, capacityOptions: [...GP_CAPACITY, 'Other (please state): Practice Manager'], sigEmail: 'lorraine.mcallister-boyd@nhs.net', signed: true, date: '20/11/2026' }, true),
    { seed: 5055, author: 'Lorraine McAllister-Boyd' });
    const pcse = `Dear Lorraine,

Thank you for your Open Exeter Primary User request.

Unfortunately we are unable to process it because the form has not been signed by an authorised signatory at the bottom of page 1. Please return a signed form.

Please do not change the subject line of this email as it contains your case reference PCSE-2026-040965.

Kind regards

${TEAM}
Primary Care Support England`;
    const q: Quoted = { fromName: PCSE_NAME, fromEmail: PCSE, sent: '2026-11-19T15:30:00Z', to: 'Lorraine McAllister-Boyd', subject: 'RE: Open Exeter primary user - C84091 [PCSE-2026-040965]', body: pcse };
    const top = topHeaders({ client: 'outlook', from: addr('Lorraine McAllister-Boyd', 'lorraine.mcallister-boyd@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'RE: Open Exeter primary user - C84091 [PCSE-2026-040965]', date: '2026-11-20T09:02:55Z', id, inReplyTo: 'pcse-040965-1@nhs.net', references: ['pcse-040965-1@nhs.net'] });
    const bodyAlt = outlookReply(id, `Apologies - I have now signed it, see attached.

Lorraine McAllister-Boyd
Practice Manager
Arnold Road Surgery`, q);
    out.push(mk(MB, 5, 'primary-user-reply-resigned-by-practice-manager', top, mixed('outlook', id, bodyAlt, [attachment('OE Primary User - signed.pdf', pdf)]), {
      kind: 'open_exeter_primary_user_request', org: ['C84091', 'gp_practice'],
      fields: { organisationKind: 'gp_practice', nominee: person('Temitope Bakare', 'temitope.bakare@nhs.net'), signatory: sig('Lorraine McAllister-Boyd', 'lorraine.mcallister-boyd@nhs.net', 'other') },
      mustRaise: ['signatory_role_not_allowed'],
      traits: ['reply_to_info_request', 'pdf_text_table', 'word_export', 'signatory_practice_manager', 'outlook_quote_block', 'nigerian_name', 'hyphenated_name'],
    }, ['text']));
  }

  // 006 — fillable form, signatory named and ticked but the signature box and date left empty
  {
    const id = 'LO3P265MB0606OE0006BEACON0EEEE0606@LO3P265MB0606.GBRP265.PROD.OUTLOOK.COM';
    const pdf = await acroFormPdf({
      org: 'Primary Care Support England - Open Exeter', title: 'Open Exeter Primary User Request - GP Practice',
      sections: [
        { heading: '1. Practice', fields: [
          { name: 'undefined', label: 'Practice name', value: 'Beacon Hill Surgery' },
          { name: 'undefined_2', label: 'Practice code', value: 'G82150' },
        ] },
        { heading: '2. Primary User', fields: [
          { name: 'Name_2', label: 'Name', value: 'Oisín Mac Cárthaigh' },
          { name: 'Email_2', label: 'Email', value: 'oisin.maccarthaigh@nhs.net' },
          { name: 'Text3', label: 'Role at practice', value: 'Deputy Practice Manager' },
        ] },
        { heading: '3. Authorised signatory', fields: [
          { name: 'Name_3', label: 'Name', value: 'Dr Hannah Goldsmith' },
          { name: 'Email_3', label: 'Email', value: 'hannah.goldsmith@nhs.net' },
          { name: 'Check Box4', label: 'Lead GP', value: '', kind: 'check', checked: false },
          { name: 'Check Box5', label: 'GP Partner', value: '', kind: 'check', checked: true },
          { name: 'Check Box6', label: 'Caldicott Guardian', value: '', kind: 'check', checked: false },
          { name: 'Check Box7', label: 'Existing Primary Contact', value: '', kind: 'check', checked: false },
          { name: 'Check Box8', label: 'Member of the Board of Directors', value: '', kind: 'check', checked: false },
          { name: 'Date_3', label: 'Date', value: '' },
        ] },
      ],
      signature: { fieldName: 'Signature_3', label: 'Signature', drawn: false },
    }, { seed: 6066, author: 'oisin.maccarthaigh', producer: 'macOS Version 15.1 (Build 24B83) Quartz PDFContext', creator: 'Preview' });
    const text = `Hi,

Form attached for me to be set up as Open Exeter primary user. Dr Goldsmith is away this week so she hasn't signed it yet, but hopefully you can start processing it and she'll sign on Monday.

Thanks
Oisín`;
    const body = alt('outlook', id, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), textPart(outlookHtmlDoc(`${textToMso(text)}\n${NHSMAIL_FOOTER_HTML}`), { subtype: 'html' }));
    const top = topHeaders({ client: 'outlook', from: addr('Oisín Mac Cárthaigh', 'oisin.maccarthaigh@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'OE primary user form', date: '2026-11-20T16:25:31Z', id });
    out.push(mk(MB, 6, 'primary-user-acroform-unsigned', top, mixed('outlook', id, body, [attachment('OE_PU_form_BeaconHill.pdf', pdf)]), {
      kind: 'open_exeter_primary_user_request', org: ['G82150', 'gp_practice'],
      fields: { organisationKind: 'gp_practice', nominee: person('Oisín Mac Cárthaigh', 'oisin.maccarthaigh@nhs.net'), signatory: sig('Hannah Goldsmith', 'hannah.goldsmith@nhs.net', 'gp_partner') },
      mustRaise: ['missing_signature'],
      traits: ['pdf_acroform', 'odd_field_names', 'unsigned', 'irish_name', 'non_ascii_name', 'nominee_is_sender', 'encoded_display_name'],
    }, ['acroform']));
  }

  // 007 — extra permissions from a GP partner, abbreviation-heavy
  {
    const id = 'LO2P265MB0707OE0007ELMW000FFFF0707@LO2P265MB0707.GBRP265.PROD.OUTLOOK.COM';
    const text = `Hi OE team

Pls add the following perms on OE for our HCA Grace Mensah (OE user ID GMENSAH1, grace.mensah2@nhs.net):
- Prior Notification List
- Cytology History Enquiry

She already has a basic OE login. I'm a GP partner here.

Thx
Sunil

Dr Sunil Ramaswamy
GP Partner, Elmwood Practice (B82045)`;
    const top = topHeaders({ client: 'outlook', from: addr('Sunil Ramaswamy', 'sunil.ramaswamy@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'OE perms - G Mensah', date: '2026-11-23T08:07:14Z', id });
    out.push(mk(MB, 7, 'permissions-gp-partner-abbreviations', top, textPart(`${text}\n\n${NHSMAIL_FOOTER}`, { cte: '7bit', charset: 'us-ascii' }), {
      kind: 'open_exeter_additional_permissions', org: ['B82045', 'gp_practice'],
      fields: { user: { ...person('Grace Mensah', 'grace.mensah2@nhs.net'), username: 'GMENSAH1' }, permissions: ['Prior Notification List', 'Cytology History Enquiry'], signatory: sig('Sunil Ramaswamy', 'sunil.ramaswamy@nhs.net', 'gp_partner') },
      traits: ['abbreviations', 'bulleted_list', 'ghanaian_name', 'tamil_name'],
    }));
  }

  // 008 — extra permissions from a Lead GP's personal Gmail (must come from an NHS address)
  {
    const id = 'CAM8pQ2x7rTn5vLk9W3sZe1YbUcHd4gFa6oJi0kQe8tXy@mail.gmail.com';
    const text = `Hello,

I'm the Lead GP at Harbour View Surgery (H85033). Please could you give our new practice nurse Tendai Moyo (username TMOYO, tendai.moyo@nhs.net) access to the Prior Notification List and Batch Print on Open Exeter.

Apologies for writing from my personal email - my NHSmail account is locked and IT can't fix it until Monday.

Best wishes,
Dr Eilidh MacLeod`;
    const html = gmailHtmlDoc(textToHtmlDivs(text));
    const top = topHeaders({ client: 'gmail', from: addr('Eilidh MacLeod', 'eilidh.macleod.gp@gmail.com'), fromDomain: 'gmail.com', to: PCSE, subject: 'Open Exeter permissions for new nurse', date: '2026-11-21T10:33:48Z', id });
    out.push(mk(MB, 8, 'permissions-lead-gp-personal-gmail', top, alt('gmail', id, textPart(text, { cte: '7bit', charset: 'us-ascii' }), textPart(html, { subtype: 'html', cte: 'quoted-printable' })), {
      kind: 'open_exeter_additional_permissions', org: ['H85033', 'gp_practice'],
      fields: { user: { ...person('Tendai Moyo', 'tendai.moyo@nhs.net'), username: 'TMOYO' }, permissions: ['Prior Notification List', 'Batch Print'], signatory: sig('Eilidh MacLeod', 'eilidh.macleod.gp@gmail.com', 'lead_gp') },
      mustRaise: ['sender_not_nhs'],
      traits: ['personal_address', 'gmail', 'sender_not_nhs', 'zimbabwean_name', 'scottish_name'],
    }));
  }

  // 009 — extra permissions: the Caldicott Guardian answers PCSE's questions inline
  {
    const id = 'LO4P265MB0909OE0009STLUK00AAAA0909@LO4P265MB0909.GBRP265.PROD.OUTLOOK.COM';
    const orig = `Dear PCSE,

As Caldicott Guardian for St Luke's Medical Centre (G85077) I'd like to request additional Open Exeter permissions for our new admin, Bartosz Wróblewski (bartosz.wroblewski@nhs.net).

Regards,
Dr Chiamaka Eze`;
    const asks = ["The user's Open Exeter user ID", 'Which permissions are required'];
    const answers = ['BWROBLEWSKI', 'Prior Notification List and Cytology History Enquiry please'];
    const pcse = pcseInfoRequest('Dear Dr Eze,', 'PCSE-2026-041733', asks, TEAM);
    let answeredText = pcse;
    let answeredHtml = textToMso(pcse);
    asks.forEach((a, i) => {
      answeredText = answeredText.replace(`  *   ${a}\n`, `  *   ${a}  -- ${answers[i]}\n`);
      answeredHtml = answeredHtml.replace(`${esc(`  *   ${a}`)}<o:p></o:p></p>`, `${esc(`  *   ${a}`)} <b><span style="color:#0070C0">-- ${esc(answers[i]!)}</span></b><o:p></o:p></p>`);
    });
    const inner = outlookQuote({ fromName: 'Chiamaka Eze', fromEmail: 'chiamaka.eze@nhs.net', sent: '2026-11-23T09:40:00Z', to: 'PCSE Open Exeter', subject: 'Additional OE permissions', body: orig });
    const q: Quoted = { fromName: PCSE_NAME, fromEmail: PCSE, sent: '2026-11-23T14:05:00Z', to: 'Chiamaka Eze', subject: 'RE: Additional OE permissions [PCSE-2026-041733]', body: '' };
    const newText = 'Answers inline in blue below.\n\nChiamaka Eze\nGP & Caldicott Guardian';
    const text = `${newText}\n\n${NHSMAIL_FOOTER}\n${outlookQuote({ ...q, body: `${answeredText}\n\n${inner}` })}`;
    const html = outlookHtmlDoc(`${textToMso(newText)}\n${NHSMAIL_FOOTER_HTML}\n${outlookQuoteHtml(q, `${answeredHtml}\n${textToMso(inner)}`)}`);
    const top = topHeaders({ client: 'outlook', from: addr('Chiamaka Eze', 'chiamaka.eze@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'RE: Additional OE permissions [PCSE-2026-041733]', date: '2026-11-24T08:12:30Z', id, inReplyTo: 'pcse-041733-1@nhs.net', references: ['pcse-041733-1@nhs.net'] });
    out.push(mk(MB, 9, 'permissions-caldicott-inline-answers', top, alt('outlook', id, textPart(text), textPart(html, { subtype: 'html' })), {
      kind: 'open_exeter_additional_permissions', org: ['G85077', 'gp_practice'],
      fields: { user: { ...person('Bartosz Wróblewski', 'bartosz.wroblewski@nhs.net'), username: 'BWROBLEWSKI' }, permissions: ['Prior Notification List', 'Cytology History Enquiry'], signatory: sig('Chiamaka Eze', 'chiamaka.eze@nhs.net', 'caldicott_guardian') },
      traits: ['inline_answers', 'reply_to_info_request', 'request_in_quoted_original', 'outlook_quote_block', 'polish_name', 'non_ascii_name', 'nigerian_name'],
    }));
  }

  // 010 — Open Exeter's own new-user notification
  {
    const id = 'OEX.20261110142231.K84052.OKONKWOJ@openexeter.nhs.uk';
    const text = `OPEN EXETER - NEW USER NOTIFICATION

A new user has been created by an organisation Primary User and requires authorisation by PCSE.

Organisation Code : K84052
Organisation Name : WANTAGE HEALTH CENTRE
New User ID       : OKONKWOJ
New User Name     : OKONKWO, Jennifer Adaeze
New User Email    : jennifer.okonkwo4@nhs.net
Created By        : PHILLIPS, Sarah (PHILLIPSS)
Date Created      : 10/11/2026 14:22

This is an automatically generated message. Please do not reply.`;
    const top = topHeaders({ client: 'system', from: addr('Open Exeter', 'open.exeter@nhs.net'), fromDomain: 'nhs.net', to: PCSE, subject: 'Open Exeter - New User Created - K84052', date: '2026-11-10T14:22:31Z', id, extra: ['X-Mailer: OpenExeter Notification Service 4.2'] });
    out.push(mk(MB, 10, 'new-user-notification', top, textPart(text, { cte: '7bit', charset: 'us-ascii' }), {
      kind: 'open_exeter_new_user_authorisation', org: ['K84052', 'gp_practice'],
      fields: { user: { ...person('Jennifer Adaeze Okonkwo', 'jennifer.okonkwo4@nhs.net'), username: 'OKONKWOJ' }, createdBy: person('Sarah Phillips', null) },
      traits: ['system_notification', 'surname_first_caps', 'nigerian_name'],
    }));
  }

  // 011 — the creating primary user forwards the notification; body base64
  {
    const id = 'LO6P265MB1111OE0011DAFYDD0BBBB1111@LO6P265MB1111.GBRP265.PROD.OUTLOOK.COM';
    const notice = `OPEN EXETER - NEW USER NOTIFICATION

A new user has been created by an organisation Primary User and requires authorisation by PCSE.

Organisation Code : D83061
Organisation Name : HOLT ROAD MEDICAL PRACTICE
New User ID       : NGUYENTH
New User Name     : NGUYEN, Thi Hoa
New User Email    : thi.nguyen12@nhs.net
Created By        : AP IORWERTH, Dafydd (APIORWERTHD)
Date Created      : 12/11/2026 09:41

This is an automatically generated message. Please do not reply.`;
    const text = `Hi,

Forwarding this as our new receptionist Hoa still hasn't had her password - could you authorise her please? I created her account last week.

Diolch
Dafydd ap Iorwerth
Practice Manager & OE Primary User, Holt Road Medical Practice

________________________________
From: Open Exeter <open.exeter@nhs.net>
Sent: 12 November 2026 09:41
To: PCSE Open Exeter <${PCSE}>
Subject: Open Exeter - New User Created - D83061

${notice}`;
    const top = topHeaders({ client: 'outlook', from: addr('Dafydd ap Iorwerth', 'dafydd.apiorwerth@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'FW: Open Exeter - New User Created - D83061', date: '2026-11-24T13:40:18Z', id });
    out.push(mk(MB, 11, 'new-user-notification-forwarded-base64', top, textPart(text, { cte: 'base64' }), {
      kind: 'open_exeter_new_user_authorisation', org: ['D83061', 'gp_practice'],
      fields: { user: { ...person('Thi Hoa Nguyen', 'thi.nguyen12@nhs.net'), username: 'NGUYENTH' }, createdBy: person('Dafydd ap Iorwerth', 'dafydd.apiorwerth@nhs.net') },
      traits: ['forwarded', 'base64_body', 'system_notification', 'surname_first_caps', 'welsh_name', 'name_particle', 'vietnamese_name', 'creator_is_sender'],
    }));
  }

  // 012 — chaser quoting the acknowledgement, "PCSE-O"
  {
    const id = 'LO2P265MB1212OE0012CHASE00CCCC1212@LO2P265MB1212.GBRP265.PROD.OUTLOOK.COM';
    const ack = pcseAck('Dear Anita,', 'PCSE-2026-040502', 'Open Exeter Primary User request', TEAM);
    const q: Quoted = { fromName: PCSE_NAME, fromEmail: PCSE, sent: '2026-11-06T10:10:00Z', to: 'Anita Szabo-Fletcher', subject: 'RE: OE PU form [PCSE-2026-040502]', body: ack };
    const top = topHeaders({ client: 'outlook', from: addr('Anita Szabo-Fletcher', 'anita.szabo-fletcher@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'RE: OE PU form [PCSE-2026-040502]', date: '2026-11-25T11:22:09Z', id, inReplyTo: 'pcse-040502-1@nhs.net', references: ['pcse-040502-1@nhs.net'] });
    out.push(mk(MB, 12, 'chaser-top-posted-ack', top, outlookReply(id, `Hi,

Still waiting on this - is there anything else you need from us? Our smear-taker can't see the PNL until the PU is set up. (Not to be confused with our PCSE-O query, that one's sorted.)

Thanks
Anita`, q), {
      kind: 'unclassified', org: null, fields: {},
      traits: ['chaser', 'case_ref_in_subject', 'top_posted', 'outlook_quote_block', 'abbreviations'],
    }));
  }

  // 013 — vacation responder, Gmail HTML only
  {
    const id = 'CAF3xQ9p1sTn7vLm2R8wZe5YbUcHd6gFa0oJi4kQe3tVz@mail.gmail.com';
    const html = gmailHtmlDoc(`<div>Hi,</div><div><br></div><div>Thanks for your message. I&#39;m away until 1st December and checking email only occasionally. For anything urgent about the practice please ring reception on 01823 333 444.</div><div><br></div><div>Ruth</div>`);
    const top = topHeaders({ client: 'gmail', from: addr('Ruth Ashdown', 'quantockvale.practice@gmail.com'), fromDomain: 'gmail.com', to: PCSE, subject: 'Re: Open Exeter primary user [PCSE-2026-041801]', date: '2026-11-25T15:00:41Z', id,
      inReplyTo: 'pcse-041801-1@nhs.net', extra: ['Auto-Submitted: auto-replied', 'Precedence: bulk', 'X-Autoreply: yes'] });
    out.push(mk(MB, 13, 'vacation-responder-gmail-html-only', top, textPart(html, { subtype: 'html', cte: 'quoted-printable' }), {
      kind: 'unclassified', org: null, fields: {}, ignored: 'auto_reply',
      traits: ['auto_reply', 'html_only', 'gmail', 'case_ref_in_subject'],
    }));
  }

  // 014 — PCSE Online unlock sent to the Open Exeter mailbox
  {
    const id = 'LO3P265MB1414OE0014MARIAM0DDDD1414@LO3P265MB1414.GBRP265.PROD.OUTLOOK.COM';
    const text = `Hello

I've entered my password wrong too many times and I'm now locked out of PCSE-O (PCSE Online, not Open Exeter - sorry if this is the wrong inbox, it was the only PCSE address I had).

Username: m.abdi-warsame@nhs.net

Could you unlock it please?

Mariam Abdi-Warsame
Practice Administrator, Park Royal Surgery (E85123)`;
    const top = topHeaders({ client: 'outlook', from: addr('Mariam Abdi-Warsame', 'm.abdi-warsame@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Locked out of PCSE-O', date: '2026-11-26T09:55:02Z', id });
    out.push(mk(MB, 14, 'unlock-misdirected-pcse-online', top, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), {
      kind: 'account_unlock', org: ['E85123', 'gp_practice'],
      fields: { username: 'm.abdi-warsame@nhs.net' },
      traits: ['misdirected', 'abbreviations', 'mentions_other_service', 'somali_name', 'hyphenated_name'],
    }));
  }

  // 015 — a genuine question about how many Primary Users a practice needs; Gmail-quoted earlier exchange
  {
    const id = 'CAB6wR1q8sTn3vLm7P2xZe9YbUcHd5gFa4oJi1kQe6tVu@mail.gmail.com';
    const prev = `Dear Joanne,

Your Primary User request has been completed. Mrs Joanne Whitlock is now set up as Primary User for Quarry Bank Surgery.

Kind regards
${TEAM}
Case reference: PCSE-2026-039712`;
    const newText = `Hi again,

Thanks for setting me up last month. A follow-up question: do we need TWO primary users? I've read that it's recommended. If so, does the second one need a new form signed by a partner, or can I just add them myself as I'm already the PU?

Thanks
Joanne Whitlock
Practice Manager`;
    const text = `${newText}\n\n${gmailOn('2026-10-28T11:00:00Z', `${PCSE_NAME} <${PCSE}>`)}\n\n${angleQuote(prev)}\n`;
    const html = gmailHtmlDoc(`${textToHtmlDivs(newText)}<br>${gmailQuoteHtml(gmailOn('2026-10-28T11:00:00Z', `${PCSE_NAME} <${PCSE}>`), textToHtmlDivs(prev))}`);
    const top = topHeaders({ client: 'gmail', from: addr('Joanne Whitlock', 'joanne.whitlock@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Re: Primary User request completed [PCSE-2026-039712]', date: '2026-11-27T10:18:26Z', id, inReplyTo: 'pcse-039712-3@nhs.net', references: ['pcse-039712-3@nhs.net'] });
    out.push(mk(MB, 15, 'question-two-primary-users', top, alt('gmail', id, textPart(text, { cte: '7bit', charset: 'us-ascii' }), textPart(html, { subtype: 'html', cte: 'quoted-printable' })), {
      kind: 'unclassified', org: null, fields: {},
      traits: ['genuine_question', 'gmail_quote', 'case_ref_in_subject', 'mentions_kinds_without_asking'],
    }));
  }

  return out;
}
