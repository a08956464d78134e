// portalenquiries: nominations, main contacts, links, locks, reactivations, role removals, and the mail around them.
import {
  addr, alt, angleQuote, attachment, esc, gmailHtmlDoc, gmailOn, gmailQuoteHtml, mixed, mk, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML,
  outlookHtmlDoc, outlookQuote, outlookQuoteHtml, pcseAck, pcseInfoRequest, person, SB, textPart, textToHtmlDivs, textToMso,
  topHeaders, withRole, type Email, type Quoted,
} from './lib.js';
import { acroFormPdf, lowResGreyScan, wordTablePdf } from './pdfs.js';

const MB = 'portalenquiries';
const PCSE = 'pcse.portalenquiries@nhs.net';
const TO = addr('PCSE Portal Enquiries', PCSE);
const PCSE_NAME = 'PCSE Portal Enquiries';

function outlookReply(id: string, newText: string, q: Quoted, footer = true): ReturnType<typeof alt> {
  const text = `${newText}\n\n${footer ? `${NHSMAIL_FOOTER}\n` : ''}${outlookQuote(q)}`;
  const html = outlookHtmlDoc(`${textToMso(newText)}\n${footer ? NHSMAIL_FOOTER_HTML : ''}\n${outlookQuoteHtml(q, textToMso(q.body))}`);
  return alt('outlook', id, textPart(text), textPart(html, { subtype: 'html' }));
}

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 — reply to PCSE's info request supplying the nominee's address (PL, CQC Registered Manager)
  {
    const id = 'LO6P265MB7021A1B2C3D4E5F6A7B8C9D0E1F2@LO6P265MB7021.GBRP265.PROD.OUTLOOK.COM';
    const original = `Hello,

Please could you set up Ffion Llewelyn-Davies as PL Organisation Administrator for Whitchurch Road Surgery (M82061)? Our previous PL admin has left and we currently have nobody who can approve performer changes.

I am the CQC Registered Manager for the practice.

Many thanks

Bethan Rhys-Morgan
Practice Manager / CQC Registered Manager
Whitchurch Road Surgery
Whitchurch Road, Shrewsbury, SY1 4EL
01743 352 907`;
    const pcse = pcseInfoRequest('Dear Bethan,', 'PCSE-2026-040113', ['The email address of the person you would like to be set up as PL Organisation Administrator']);
    const q: Quoted = { fromName: PCSE_NAME, fromEmail: PCSE, sent: '2026-11-03T11:40:00Z', to: 'Bethan Rhys-Morgan', subject: 'RE: PL admin - Whitchurch Road Surgery M82061 [PCSE-2026-040113]',
      body: `${pcse}\n\n${outlookQuote({ fromName: 'Bethan Rhys-Morgan', fromEmail: 'bethan.rhys-morgan@nhs.net', sent: '2026-11-02T08:51:00Z', to: 'PCSE Portal Enquiries', subject: 'PL admin - Whitchurch Road Surgery M82061', body: original })}` };
    const top = topHeaders({ client: 'outlook', from: addr('Bethan Rhys-Morgan', 'bethan.rhys-morgan@nhs.net'), fromDomain: 'nhs.net', to: TO,
      subject: 'RE: PL admin - Whitchurch Road Surgery M82061 [PCSE-2026-040113]', date: '2026-11-04T09:12:07Z', id, inReplyTo: 'pcse-040113-1@nhs.net', references: ['LO6P265MB7021PLADMIN01@LO6P265MB7021.GBRP265.PROD.OUTLOOK.COM', 'pcse-040113-1@nhs.net'] });
    out.push(mk(MB, 1, 'pl-admin-reply-gives-nominee-email', top, outlookReply(id, `Hi,

Sorry, I should have included that - Ffion's email is ffion.llewelyn-davies1@nhs.net

Diolch / thanks
Bethan`, q), {
      kind: 'user_admin_nomination', org: ['M82061', 'gp_practice'],
      fields: { service: 'PL', nominee: person('Ffion Llewelyn-Davies', 'ffion.llewelyn-davies1@nhs.net'), approver: withRole('Bethan Rhys-Morgan', 'bethan.rhys-morgan@nhs.net', 'CQC Registered Manager') },
      traits: ['reply_to_info_request', 'top_posted', 'outlook_quote_block', 'request_in_quoted_original', 'welsh_name', 'hyphenated_name'],
    }));
  }

  // 002 — Gmail, answers typed inline under PCSE's numbered questions (OPTO, optical practice)
  {
    const id = 'CAH7kQp3vR9mZx2LwE5nYbT8uJdF4sGa0cKxe1oN6iVh@mail.gmail.com';
    const pcseQs = pcseInfoRequest('Dear Emeka,', 'PCSE-2026-040288', [
      '1. The ODS code of the practice',
      '2. The full name of the person to be set up as Opto User Management (Organisation)',
      '3. Their email address',
      '4. Confirmation that the request is made by the contract holder',
    ]);
    const origReq = `Hi there, can you set up our new dispensing manager as the admin for opto payments on the portal please. She started last month. Thanks, Emeka - Brightwell Opticians`;
    const answered = pcseQs
      .replace('  *   1. The ODS code of the practice', '  *   1. The ODS code of the practice\n\nTPK41\n')
      .replace('  *   2. The full name of the person to be set up as Opto User Management (Organisation)', '  *   2. The full name of the person to be set up as Opto User Management (Organisation)\n\nChidinma Okonkwo-Eze\n')
      .replace('  *   3. Their email address', '  *   3. Their email address\n\nchidinma.okonkwo-eze@nhs.net\n')
      .replace('  *   4. Confirmation that the request is made by the contract holder', '  *   4. Confirmation that the request is made by the contract holder\n\nYes - I am the contract holder (sole director of Brightwell Opticians Ltd)\n');
    // Gmail: the answers sit unquoted between quoted lines
    const quotedLines = answered.split('\n');
    const answers = new Set(['TPK41', 'Chidinma Okonkwo-Eze', 'chidinma.okonkwo-eze@nhs.net', 'Yes - I am the contract holder (sole director of Brightwell Opticians Ltd)']);
    const textBody = `Hi, answers below in the email.

Emeka

${gmailOn('2026-11-04T15:02:00Z', `${PCSE_NAME} <${PCSE}>`)}

${quotedLines.map((l) => (answers.has(l) ? l : l ? `> ${l}` : '>')).join('\n')}
>
> ${gmailOn('2026-11-03T18:47:00Z', `Emeka Adeyemi <emeka@brightwellopticians.co.uk>`)}
>
${angleQuote(angleQuote(origReq))}
`;
    const htmlInner = quotedLines.map((l) => (answers.has(l) ? `</blockquote><div><b><font color="#0000ff">${esc(l)}</font></b></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">` : l ? `<div>${esc(l)}</div>` : '<br>')).join('\n');
    const html = gmailHtmlDoc(`<div>Hi, answers below in the email.</div><div><br></div><div>Emeka</div><br>${gmailQuoteHtml(gmailOn('2026-11-04T15:02:00Z', `${PCSE_NAME} <${PCSE}>`), `${htmlInner}<br>${gmailQuoteHtml(gmailOn('2026-11-03T18:47:00Z', 'Emeka Adeyemi <emeka@brightwellopticians.co.uk>'), textToHtmlDivs(origReq))}`)}`);
    const top = topHeaders({ client: 'gmail', from: addr('Emeka Adeyemi', 'emeka@brightwellopticians.co.uk'), fromDomain: 'brightwellopticians.co.uk', to: TO,
      subject: 'Re: Opto admin [PCSE-2026-040288]', date: '2026-11-05T07:31:44Z', id, inReplyTo: 'pcse-040288-1@nhs.net', references: ['CAH7kQp3vR9mZxORIG0001@mail.gmail.com', 'pcse-040288-1@nhs.net'] });
    out.push(mk(MB, 2, 'opto-admin-gmail-inline-answers', top, alt('gmail', id, textPart(textBody, { charset: 'utf-8' }), textPart(html, { subtype: 'html' })), {
      kind: 'user_admin_nomination', org: ['TPK41', 'ophthalmic_practice'],
      fields: { service: 'OPTO', nominee: person('Chidinma Okonkwo-Eze', 'chidinma.okonkwo-eze@nhs.net'), approver: withRole('Emeka Adeyemi', 'emeka@brightwellopticians.co.uk', 'Contract Holder') },
      traits: ['inline_answers', 'reply_to_info_request', 'gmail_quote', 'nested_quote', 'nigerian_name', 'hyphenated_name', 'non_nhs_sender'],
    }));
  }

  // 003 — OPTO AcroForm with odd field names; the covering email corrects the nominee's address on the form
  {
    const id = 'DB9PR02MB7741C0FFEE11223344556677@DB9PR02MB7741.eurprd02.prod.outlook.com';
    const pdf = await acroFormPdf({
      org: 'Clearview Eyecare (Harrogate) Ltd — internal form', title: 'Request for Ophthalmic Payments User Administrator (OPTO Organisation User Administration)',
      intro: 'Complete and return to pcse.portalenquiries@nhs.net. The contract holder must complete section C.',
      sections: [
        { heading: 'A. Practice', fields: [
          { name: 'Sngl_Txt_01', label: 'Practice name', value: 'Clearview Eyecare (Harrogate)' },
          { name: 'Sngl_Txt_02', label: 'ODS / contractor code', value: 'TPC90' },
          { name: 'Sngl_Txt_03', label: 'Address', value: '41 Station Parade, Harrogate, HG1 1TT' },
        ] },
        { heading: 'B. Nominated user administrator', fields: [
          { name: 'txtNmn_Forename', label: 'Forename', value: 'Zoë' },
          { name: 'txtNmn_Surname', label: 'Surname', value: 'Hartley-Whitcombe' },
          { name: 'EML-NOM', label: 'Email address', value: 'zoe.hartleywhitcombe@nhs.net' },
          { name: 'Role?', label: 'Role requested', value: 'OPTO Organisation User Administration' },
        ] },
        { heading: 'C. Contract holder', fields: [
          { name: 'Ctct.Holder.Nme', label: 'Name', value: "Padraig O'Rourke" },
          { name: 'Ctct.Holder.Cap', label: 'Capacity', value: 'Contract holder' },
          { name: 'Ctct.Holder.Eml', label: 'Email', value: 'padraig.orourke@nhs.net' },
          { name: 'DateSigned#1', label: 'Date', value: '09/11/2026' },
        ] },
      ],
      signature: { fieldName: 'Sig#1', label: 'Signature of contract holder', drawn: true },
    }, { seed: 3003, author: "Padraig O'Rourke" });
    const text = `Good afternoon,

Please find attached our request for Zoë to be set up as OPTO user admin for the practice.

One correction - the email address on the form is missing the hyphen. It should be zoe.hartley-whitcombe@nhs.net (the one on the form doesn't exist, it bounced when I tried it).

Kind regards,
Padraig

Padraig O'Rourke BSc MCOptom
Optometrist & Contract Holder
Clearview Eyecare (Harrogate)
01423 567 330`;
    const body = alt('outlook', id, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), textPart(outlookHtmlDoc(`${textToMso(text)}\n${NHSMAIL_FOOTER_HTML}`), { subtype: 'html' }));
    const top = topHeaders({ client: 'outlook', from: addr("Padraig O'Rourke", 'padraig.orourke@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'OPTO user admin request - TPC90', date: '2026-11-09T14:05:51Z', id });
    out.push(mk(MB, 3, 'opto-admin-acroform-email-corrects-form', top, mixed('outlook', id, body, [attachment('OPTO UA request - Clearview.pdf', pdf)]), {
      kind: 'user_admin_nomination', org: ['TPC90', 'ophthalmic_practice'],
      fields: { service: 'OPTO', nominee: person('Zoë Hartley-Whitcombe', 'zoe.hartley-whitcombe@nhs.net'), approver: withRole("Padraig O'Rourke", 'padraig.orourke@nhs.net', 'Contract holder') },
      traits: ['pdf_acroform', 'odd_field_names', 'form_body_disagree', 'body_corrects_form', 'irish_apostrophe', 'hyphenated_name', 'non_ascii_name'],
    }, ['acroform']));
  }

  // 004 — GPP certification, low-resolution greyscale MFD scan; windows-1252 8bit body
  {
    const id = 'CWLP265MB3318D2E4F6A8B0C2D4E6F8A0B2C4@CWLP265MB3318.GBRP265.PROD.OUTLOOK.COM';
    const scan = await lowResGreyScan({
      org: 'Primary Care Support England', title: 'GP Payments and Pensions', subtitle: 'Practice User Administrator Certification Form',
      rows: [
        { t: 'heading', text: 'Part 1 - Practice and nominated User Administrator' },
        { t: 'field', label: 'Practice name', value: 'Ashby Lane Medical Practice' },
        { t: 'field', label: 'Practice code', value: 'C82031' },
        { t: 'field', label: 'Nominee full name', value: "Aoife O'Sullivan" },
        { t: 'field', label: 'Nominee job title', value: 'Practice Administrator' },
        { t: 'field', label: 'Nominee email address', value: 'aoife.osullivan2@nhs.net' },
        { t: 'field', label: 'Nominee telephone', value: '01530 412 660' },
        { t: 'heading', text: 'Part 2 - Authorisation by an organisation approver' },
        { t: 'para', text: 'I certify that the person named in Part 1 is employed by the practice and should be given the GPP Practice User Administrator role in PCSE Online.' },
        { t: 'field', label: 'Approver name', value: 'Dr Oluwaseun Adebayo-Smith' },
        { t: 'field', label: 'Approver role', value: 'GP Partner' },
        { t: 'field', label: 'Approver email', value: 'oluwaseun.adebayo-smith@nhs.net' },
        { t: 'sign', label: 'Signature', signed: true, name: 'O Adebayo-Smith' },
        { t: 'field', label: 'Date', value: '04/11/2026', hand: true },
      ],
      footer: 'Return the completed form to pcse.portalenquiries@nhs.net',
    }, 4004);
    const text = `Hello,

Please find attached the signed GPP UA certification form for Ashby Lane Medical Practice (C82031). Dr Adebayo-Smith has signed part 2 as one of our partners. I’m the nominee – I’ll be looking after the practice’s pensions paperwork now that Linda has retired.

Apologies for the quality – it’s off our old scanner.

Kind regards

Aoife O’Sullivan
Practice Administrator
Ashby Lane Medical Practice
Tel 01530 412 660`;
    const body = textPart(`${text}\n\n${NHSMAIL_FOOTER}`, { charset: 'windows-1252', cte: '8bit' });
    const top = topHeaders({ client: 'outlook', from: addr("Aoife O'Sullivan", 'aoife.osullivan2@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'GPP User Admin form – Ashby Lane MP', subjectCharset: 'windows-1252', date: '2026-11-04T10:20:13Z', id });
    out.push(mk(MB, 4, 'gpp-cert-low-res-grey-scan', top, mixed('outlook', id, body, [attachment('SKMBT_C30026110409120.pdf', scan.pdf)]), {
      kind: 'user_admin_nomination', org: ['C82031', 'gp_practice'],
      fields: { service: 'GPP', nominee: person("Aoife O'Sullivan", 'aoife.osullivan2@nhs.net'), approver: withRole('Oluwaseun Adebayo-Smith', 'oluwaseun.adebayo-smith@nhs.net', 'GP Partner') },
      traits: ['pdf_scan', 'scan_low_res_greyscale', 'windows_1252', 'curly_apostrophe', 'irish_apostrophe', 'nigerian_name', 'hyphenated_name', 'nominee_is_sender'],
    }, ['scan']));
  }

  // 005 — PCN user admin, Outlook HTML only with layout tables; ICB approver; AcroForm with dotted names
  {
    const id = 'LO3P265MB2210PCN0005AAAABBBBCCCCDDDD@LO3P265MB2210.GBRP265.PROD.OUTLOOK.COM';
    const pdf = await acroFormPdf({
      org: 'PCSE Online — Primary Care Network user administration', title: 'PCN User Administrator request (PCN without a user admin)',
      intro: 'To be approved and submitted to PCSE by an ICB approver listed on the NHSE Authorised Email List (AEL).',
      sections: [
        { heading: 'PCN', fields: [
          { name: 'PCN.Code', label: 'PCN code', value: 'U39481' },
          { name: 'PCN.Name', label: 'PCN name', value: 'Erewash South PCN' },
        ] },
        { heading: 'Nominee', fields: [
          { name: 'Nominee.Forename', label: 'Forename', value: 'Olumide' },
          { name: 'Nominee.Surname', label: 'Surname', value: 'Bankole-Williams' },
          { name: 'Nominee.Mail', label: 'Email', value: 'olumide.bankole-williams@nhs.net' },
          { name: 'Nominee.JobTitle', label: 'Job title', value: 'PCN Operations Manager' },
        ] },
        { heading: 'ICB approval', fields: [
          { name: 'ICB.Approver.Name', label: 'ICB approver name', value: 'Kavitha Ramanathan' },
          { name: 'ICB.Approver.Role', label: 'Role', value: 'Primary Care Commissioning Manager' },
          { name: 'ICB.Approver.Email', label: 'Email (as on the AEL)', value: 'kavitha.ramanathan@nhs.net' },
          { name: 'ICB.Approver.AEL', label: 'Approver is listed on the AEL', value: '', kind: 'check', checked: true },
        ] },
      ],
    }, { seed: 5005, author: 'Kavitha Ramanathan' });
    const html = outlookHtmlDoc(`<table border="0" cellspacing="0" cellpadding="0" width="640" style="width:480pt;border-collapse:collapse">
<tr><td style="padding:0 0 12pt 0"><p class="MsoNormal">Dear PCSE colleagues,</p></td></tr>
<tr><td style="padding:0 0 12pt 0"><p class="MsoNormal">Erewash South PCN has no PCN user administrator in place. Please find attached the PCN user admin form, approved by me on behalf of the ICB. I am listed on the NHSE Authorised Email List as an approver for NHS Mercia and Peaks ICB.</p></td></tr>
<tr><td style="padding:0 0 12pt 0">
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:solid #BFBFBF 1pt">
<tr><td style="background:#DEEAF6"><p class="MsoNormal"><b>PCN</b></p></td><td><p class="MsoNormal">Erewash South PCN (U39481)</p></td></tr>
<tr><td style="background:#DEEAF6"><p class="MsoNormal"><b>Nominee</b></p></td><td><p class="MsoNormal">Olumide Bankole-Williams, PCN Operations Manager</p></td></tr>
<tr><td style="background:#DEEAF6"><p class="MsoNormal"><b>Nominee email</b></p></td><td><p class="MsoNormal"><a href="mailto:olumide.bankole-williams@nhs.net">olumide.bankole-williams@nhs.net</a></p></td></tr>
</table></td></tr>
<tr><td style="padding:0 0 12pt 0"><p class="MsoNormal">Many thanks,</p></td></tr>
</table>
<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td rowspan="4" style="border-right:solid #005EB8 2pt;padding:0 8pt 0 0"><p class="MsoNormal"><b><span style="color:#005EB8;font-size:14pt">NHS</span></b></p></td>
<td style="padding:0 0 0 8pt"><p class="MsoNormal"><b>Kavitha Ramanathan</b></p></td></tr>
<tr><td style="padding:0 0 0 8pt"><p class="MsoNormal"><span style="color:#595959">Primary Care Commissioning Manager</span></p></td></tr>
<tr><td style="padding:0 0 0 8pt"><p class="MsoNormal"><span style="color:#595959">NHS Mercia and Peaks Integrated Care Board</span></p></td></tr>
<tr><td style="padding:0 0 0 8pt"><p class="MsoNormal"><span style="color:#595959">M: 07700 900 418 | <a href="mailto:kavitha.ramanathan@nhs.net">kavitha.ramanathan@nhs.net</a></span></p></td></tr>
</table>
${NHSMAIL_FOOTER_HTML}`);
    const top = topHeaders({ client: 'outlook', from: addr('RAMANATHAN, Kavitha (NHS MERCIA AND PEAKS ICB - 15M)', 'kavitha.ramanathan@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'PCN user admin - Erewash South PCN U39481 - ICB approved', date: '2026-11-10T16:44:02Z', id });
    out.push(mk(MB, 5, 'pcn-admin-html-only-layout-tables', top, mixed('outlook', id, textPart(html, { subtype: 'html' }), [attachment('PCN UA form Erewash South.pdf', pdf)]), {
      kind: 'user_admin_nomination', org: ['U39481', 'pcn'],
      fields: { service: 'PCN', nominee: person('Olumide Bankole-Williams', 'olumide.bankole-williams@nhs.net'), approver: withRole('Kavitha Ramanathan', 'kavitha.ramanathan@nhs.net', 'Primary Care Commissioning Manager') },
      traits: ['html_only', 'layout_table', 'signature_table_cells', 'pdf_acroform', 'odd_field_names', 'nhsmail_display_name', 'tamil_name', 'nigerian_name'],
    }, ['acroform']));
  }

  // 006 — PCN nomination; the approver's second message in the thread corrects the nominee's address
  {
    const id = 'LO4P265MB5566PCNCORR0006EEEEFFFF0000@LO4P265MB5566.GBRP265.PROD.OUTLOOK.COM';
    const first = `Good morning,

As an ICB approver on the NHSE AEL for NHS Black Country Vale ICB, I approve the following PCN user admin request:

PCN: Tipton & Rowley PCN
PCN code: U62017
Nominee: Dr Thiruchelvan Sivakumar (Clinical Director)
Email: t.sivakumar@nhs.net

Regards,
Gareth

Gareth Pritchard
Senior Primary Care Manager
NHS Black Country Vale ICB`;
    const q: Quoted = { fromName: 'PRITCHARD, Gareth (NHS BLACK COUNTRY VALE ICB)', fromEmail: 'gareth.pritchard4@nhs.net', sent: '2026-11-11T09:02:00Z', to: 'PCSE Portal Enquiries', subject: 'PCN user admin - Tipton & Rowley PCN U62017', body: first };
    const top = topHeaders({ client: 'outlook', from: addr('PRITCHARD, Gareth (NHS BLACK COUNTRY VALE ICB)', 'gareth.pritchard4@nhs.net'), fromDomain: 'nhs.net', to: TO,
      subject: 'RE: PCN user admin - Tipton & Rowley PCN U62017', date: '2026-11-11T09:31:40Z', id, inReplyTo: 'LO4P265MB5566PCNORIG0006@LO4P265MB5566.GBRP265.PROD.OUTLOOK.COM', references: ['LO4P265MB5566PCNORIG0006@LO4P265MB5566.GBRP265.PROD.OUTLOOK.COM'] });
    out.push(mk(MB, 6, 'pcn-admin-second-message-corrects-email', top, outlookReply(id, `Apologies - correction to my email below. Dr Sivakumar's address is thiru.sivakumar@nhs.net, NOT t.sivakumar@nhs.net (that is a different Sivakumar who works at the ICB). Everything else stands.

Gareth`, q), {
      kind: 'user_admin_nomination', org: ['U62017', 'pcn'],
      fields: { service: 'PCN', nominee: person('Thiruchelvan Sivakumar', 'thiru.sivakumar@nhs.net'), approver: withRole('Gareth Pritchard', 'gareth.pritchard4@nhs.net', 'Senior Primary Care Manager') },
      traits: ['second_reply_corrects', 'outlook_quote_block', 'request_in_quoted_original', 'nhsmail_display_name', 'tamil_name', 'decoy_address'],
    }));
  }

  // 007 — main contact change from an iPhone, dental
  {
    const id = 'A3F09C1E-77B2-4D6A-9E15-0C2B7D41E8F0@nhs.net';
    const text = `Hi can u change the main contact for V024781 (Smile Studio Dental Care) to Bukola Adeyemi-Johnson bukola.adeyemi-johnson@nhs.net. I'm leaving end of month. Thanks Tunde

Sent from my iPhone`;
    const top = topHeaders({ client: 'iphone', from: addr('Babatunde Ogunleye', 'babatunde.ogunleye@nhs.net'), fromDomain: 'nhs.net', to: PCSE, subject: 'Main contact', date: '2026-11-12T21:17:09Z', id });
    out.push(mk(MB, 7, 'main-contact-dental-iphone', top, textPart(text, { charset: 'us-ascii', cte: '7bit' }), {
      kind: 'main_contact_change', org: ['V024781', 'dental_practice'],
      fields: { newMainContact: person('Bukola Adeyemi-Johnson', 'bukola.adeyemi-johnson@nhs.net') },
      traits: ['mobile_short', 'iphone', 'no_signature', 'nigerian_name', 'hyphenated_name', 'abbreviations'],
    }));
  }

  // 008 — main contact change, pharmacy, Outlook HTML only, details in a layout table, job title in its own cell
  {
    const id = 'LO2P265MB4411MC0008PHARM000011112222@LO2P265MB4411.GBRP265.PROD.OUTLOOK.COM';
    const html = outlookHtmlDoc(`<p class="MsoNormal">Good morning,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please could you change the Main Contact for our pharmacy as below. Our previous manager has moved to another company.</p><p class="MsoNormal">&nbsp;</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="180" style="border:solid windowtext 1pt;padding:0cm 5.4pt"><p class="MsoNormal">Pharmacy</p></td><td width="300" style="border:solid windowtext 1pt;border-left:none;padding:0cm 5.4pt"><p class="MsoNormal">Parkside Community Pharmacy</p></td></tr>
<tr><td style="border:solid windowtext 1pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">ODS code</p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1pt;border-right:solid windowtext 1pt;padding:0cm 5.4pt"><p class="MsoNormal">FQ018</p></td></tr>
<tr><td style="border:solid windowtext 1pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">New Main Contact</p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1pt;border-right:solid windowtext 1pt;padding:0cm 5.4pt"><p class="MsoNormal">Siân Llywelyn (Pharmacy Manager)</p></td></tr>
<tr><td style="border:solid windowtext 1pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">Email</p></td><td style="border-top:none;border-left:none;border-bottom:solid windowtext 1pt;border-right:solid windowtext 1pt;padding:0cm 5.4pt"><p class="MsoNormal"><a href="mailto:sian.llywelyn@nhs.net">sian.llywelyn@nhs.net</a></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Kind regards,</p><p class="MsoNormal">&nbsp;</p>
<table border="0" cellspacing="0" cellpadding="0"><tr>
<td width="110" valign="top" style="padding:0 6pt 0 0"><p class="MsoNormal"><b><span style="color:#00703C">Rhodri Hughes</span></b></p></td>
<td valign="top" style="border-left:solid #00703C 1.5pt;padding:0 0 0 6pt"><p class="MsoNormal"><span style="font-size:9pt">Superintendent Pharmacist</span></p></td>
<td valign="top" style="padding:0 0 0 12pt"><p class="MsoNormal"><span style="font-size:9pt">Parkside Community Pharmacy</span></p><p class="MsoNormal"><span style="font-size:9pt">12 Parkside Parade, Chester, CH2 3NZ</span></p></td>
<td valign="top" style="padding:0 0 0 12pt"><p class="MsoNormal"><span style="font-size:9pt">T 01244 381 552</span></p></td>
</tr></table>`);
    const top = topHeaders({ client: 'outlook', from: addr('Rhodri Hughes', 'rhodri.hughes2@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Change of Main Contact - FQ018', date: '2026-11-13T08:38:26Z', id });
    out.push(mk(MB, 8, 'main-contact-pharmacy-html-only-table', top, textPart(html, { subtype: 'html', cte: 'quoted-printable' }), {
      kind: 'main_contact_change', org: ['FQ018', 'pharmacy'],
      fields: { newMainContact: person('Siân Llywelyn', 'sian.llywelyn@nhs.net') },
      traits: ['html_only', 'layout_table', 'signature_table_cells', 'welsh_name', 'non_ascii_name', 'job_title_in_value'],
    }));
  }

  // 009 — main contact change: the reply supplies the practice code PCSE asked for; windows-1252 quoted-printable
  {
    const id = 'LO0P265MB6633MC0009IRISH0000AAAA1111@LO0P265MB6633.GBRP265.PROD.OUTLOOK.COM';
    const orig = `Hi,

Our main contact Sheila Bradshaw retired last Friday. Could you please change the main contact to Máire Ní Dhomhnaill – maire.nidhomhnaill@nhs.net. She’s our new deputy practice manager.

Go raibh maith agat,
Colm Ó Briain
Castle Mead Surgery`;
    const pcse = pcseInfoRequest('Dear Colm,', 'PCSE-2026-041877', ['The organisation (ODS) code of the practice']);
    const text = `Apologies – our practice code is Y02947 (Castle Mead Surgery, Trowbridge).

Colm

${outlookQuote({ fromName: PCSE_NAME, fromEmail: PCSE, sent: '2026-11-13T10:02:00Z', to: 'Colm Ó Briain', subject: 'RE: Change of main contact [PCSE-2026-041877]',
      body: `${pcse}\n\n${outlookQuote({ fromName: 'Colm Ó Briain', fromEmail: 'colm.obriain@nhs.net', sent: '2026-11-12T16:30:00Z', to: 'PCSE Portal Enquiries', subject: 'Change of main contact', body: orig })}` })}`;
    const top = topHeaders({ client: 'outlook', from: addr('Colm Ó Briain', 'colm.obriain@nhs.net', 'windows-1252', 'Q'), fromDomain: 'nhs.net', to: TO, subject: 'RE: Change of main contact [PCSE-2026-041877]', date: '2026-11-13T11:15:54Z', id, inReplyTo: 'pcse-041877-1@nhs.net', references: ['pcse-041877-1@nhs.net'] });
    out.push(mk(MB, 9, 'main-contact-reply-gives-code-cp1252', top, textPart(text, { charset: 'windows-1252', cte: 'quoted-printable' }), {
      kind: 'main_contact_change', org: ['Y02947', 'gp_practice'],
      fields: { newMainContact: person('Máire Ní Dhomhnaill', 'maire.nidhomhnaill@nhs.net') },
      traits: ['reply_to_info_request', 'top_posted', 'request_in_quoted_original', 'windows_1252', 'quoted_printable', 'irish_name', 'non_ascii_name', 'encoded_display_name'],
    }));
  }

  // 010 — verification link, GP with GMC number; ISO-8859-1 QP with soft breaks inside the address and name
  {
    const id = 'LO2P265MB0099VL0010NWA000BBBB2222@LO2P265MB0099.GBRP265.PROD.OUTLOOK.COM';
    const text = `Dear PCSE,

I registered on PCSE Online as a performer three weeks ago but never received the verification link (I've checked junk). Could you please send a new link to my account: chukwuemeka.nwa${SB}chukwu@nhs.net

GMC number: 7412093
Practice: Hollins Park Surgery (P87620) – our PM, José Pereira, suggested I email you.

Many thanks,
Dr Chukwuemeka Nwa${SB}chukwu
Salaried GP, Hollins Park Surgery, 21 Hollins Lane, Ashton-in-Ma${SB}kerfield, WN4 8AX`.replace('–', '-');
    const top = topHeaders({ client: 'outlook', from: addr('Dr Chukwuemeka Nwachukwu', 'chukwuemeka.nwachukwu@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Verification link not received - GMC 7412093', date: '2026-11-14T07:58:31Z', id });
    out.push(mk(MB, 10, 'verification-link-gp-gmc-latin1-soft-breaks', top, textPart(text, { charset: 'iso-8859-1', cte: 'quoted-printable' }), {
      kind: 'verification_link_resend', org: ['P87620', 'gp_practice'],
      fields: { accountEmail: 'chukwuemeka.nwachukwu@nhs.net', gmcNumber: '7412093' },
      traits: ['iso_8859_1', 'quoted_printable', 'qp_soft_break_in_address', 'qp_soft_break_in_name', 'nigerian_name', 'gmc_number'],
    }));
  }

  // 011 — verification link asked by the PM for a colleague's account (not own); abbreviation-heavy
  {
    const id = 'LO4P265MB1212VL0011PMNURSE000CCCC3333@LO4P265MB1212.GBRP265.PROD.OUTLOOK.COM';
    const text = `Hi

PM at Brook Lane MC (F85012). Can u resend the verif link for our new UA Precious Eze pls - her acc is precious.eze1@nhs.net. The 1st one went to junk & has expired. She's in clinic all day so I'm emailing on her behalf.

Thx
Janet

Janet Whitworth
Practice Manager
Brook Lane Medical Centre`;
    const top = topHeaders({ client: 'outlook', from: addr('Janet Whitworth', 'janet.whitworth@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'verif link', date: '2026-11-16T12:41:19Z', id });
    out.push(mk(MB, 11, 'verification-link-pm-for-colleague', top, textPart(`${text}\n\n${NHSMAIL_FOOTER}`, { cte: '7bit', charset: 'us-ascii' }), {
      kind: 'verification_link_resend', org: ['F85012', 'gp_practice'],
      fields: { accountEmail: 'precious.eze1@nhs.net', gmcNumber: null },
      mustRaise: ['not_own_account'],
      traits: ['abbreviations', 'on_behalf', 'not_own_account', 'gp_code_starting_f', 'nigerian_name'],
    }));
  }

  // 012 — verification link: reply to PCSE's "link re-sent" saying it expired again (a new request in a thread)
  {
    const id = 'CAJx9fTq2mWp8vLk3R7sZn4Ue0YbHcGd6oAi5jQe1tXw@mail.gmail.com';
    const pcse = `Dear Dr Wiśniewski,

We have re-sent the PCSE Online verification link to marek.wisniewski@nhs.net. The link is valid for 72 hours.

Kind regards

PCSE Online User Management Team
Primary Care Support England

Case reference: PCSE-2026-039954`;
    const newText = `Hi,

Unfortunately the link expired again before I could use it (I was on nights all week). Could you please send another one to the same address? GMC 7650321.

Dziękuję,
Marek Wiśniewski`;
    const text = `${newText}\n\n${gmailOn('2026-11-09T13:20:00Z', `${PCSE_NAME} <${PCSE}>`)}\n\n${angleQuote(pcse)}\n`;
    const html = gmailHtmlDoc(`${textToHtmlDivs(newText)}<br>${gmailQuoteHtml(gmailOn('2026-11-09T13:20:00Z', `${PCSE_NAME} <${PCSE}>`), textToHtmlDivs(pcse))}`);
    const top = topHeaders({ client: 'gmail', from: addr('Marek Wiśniewski', 'marek.wisniewski@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Re: PCSE Online verification link [PCSE-2026-039954]', date: '2026-11-16T19:03:12Z', id, inReplyTo: 'pcse-039954-2@nhs.net', references: ['pcse-039954-2@nhs.net'] });
    out.push(mk(MB, 12, 'verification-link-expired-again-reply', top, alt('gmail', id, textPart(text, { cte: 'quoted-printable' }), textPart(html, { subtype: 'html', cte: 'quoted-printable' })), {
      kind: 'verification_link_resend', org: null,
      fields: { accountEmail: 'marek.wisniewski@nhs.net', gmcNumber: '7650321' },
      traits: ['reply_with_new_request', 'gmail_quote', 'address_only_in_quote', 'polish_name', 'non_ascii_name', 'case_ref_in_subject'],
    }));
  }

  // 013 — unlock from an iPhone, Polish name, "PCSE-O"
  {
    const id = '5E1B2C3D-4A5F-4B6C-8D7E-9F0A1B2C3D4E@nhs.net';
    const text = `Hi, I've locked myself out of PCSE-O (too many wrong passwords). Username katarzyna.zielinska3@nhs.net. Can you unlock pls

Kasia

Sent from my iPhone`;
    const top = topHeaders({ client: 'iphone', from: addr('Katarzyna Zielińska', 'katarzyna.zielinska3@nhs.net'), fromDomain: 'nhs.net', to: PCSE, subject: 'Locked out', date: '2026-11-17T07:12:44Z', id });
    out.push(mk(MB, 13, 'unlock-iphone-short', top, textPart(text, { charset: 'us-ascii', cte: '7bit' }), {
      kind: 'account_unlock', org: null,
      fields: { username: 'katarzyna.zielinska3@nhs.net' },
      traits: ['mobile_short', 'iphone', 'abbreviations', 'polish_name', 'encoded_display_name', 'no_organisation'],
    }));
  }

  // 014 — unlock of a non-email user name, optical practice, body base64
  {
    const id = 'AM9PR08MB6120UNL0014VISION00DDDD4444@AM9PR08MB6120.eurprd08.prod.outlook.com';
    const text = `Hello PCSE team,

Our dispensing optician Gurpreet Kaur doesn't have an email address, so I set her up last year with the user name gurpreetkaur@visionpluswalsall. She has now locked her account (5 wrong passwords). As the practice's user admin I can reset her password but I can't unlock the account - could you please unlock it?

Practice: Vision Plus Opticians, 88 Bridge Street, Walsall, WS1 1JQ - code TPW18

Thank you,
Amritpal Sandhu
Optometrist / OPTO User Admin
Vision Plus Opticians`;
    const body = alt('outlook', id, textPart(text, { cte: 'base64' }), textPart(outlookHtmlDoc(textToMso(text)), { subtype: 'html', cte: 'base64' }));
    const top = topHeaders({ client: 'outlook', from: addr('Amritpal Sandhu', 'amritpal@visionplusopticians.co.uk'), fromDomain: 'visionplusopticians.co.uk', to: TO, subject: 'Account locked - non email user - TPW18', date: '2026-11-17T10:26:03Z', id });
    out.push(mk(MB, 14, 'unlock-non-email-username-base64', top, body, {
      kind: 'account_unlock', org: ['TPW18', 'ophthalmic_practice'],
      fields: { username: 'gurpreetkaur@visionpluswalsall' },
      traits: ['base64_body', 'non_email_username', 'on_behalf', 'punjabi_name', 'non_nhs_sender'],
    }));
  }

  // 015 — reactivation of a user admin's account, Gmail HTML only, from a personal address
  {
    const id = 'CAN4vQ8p0hT2xRb7kLw9mYe3UsJd1fGc5oZa6iPq2nXy@mail.gmail.com';
    const html = gmailHtmlDoc(`<div>Hello,</div><div><br></div>
<div>I&#39;m the GPP user admin at Orchard House Surgery (<b>J82133</b>). I&#39;ve just come back from maternity leave and my PCSE Online account has been deactivated because I hadn&#39;t logged in.</div><div><br></div>
<div>My username is <a href="mailto:nkechi.obi-nwosu@nhs.net">nkechi.obi-nwosu@nhs.net</a> - please could you reactivate it? I&#39;m writing from my personal email because my NHSmail is still being re-enabled by IT.</div><div><br></div>
<div>Thanks so much,</div><div>Nkechi</div><div><br></div>
<div style="color:#888"><span style="font-size:small">Nkechi Obi-Nwosu | Assistant Practice Manager | Orchard House Surgery</span></div>`);
    const top = topHeaders({ client: 'gmail', from: addr('Nkechi Obi-Nwosu', 'nkechi.obinwosu@gmail.com'), fromDomain: 'gmail.com', to: PCSE, subject: 'Reactivate my PCSE Online account please', date: '2026-11-18T20:47:15Z', id });
    out.push(mk(MB, 15, 'reactivation-ua-gmail-html-only', top, textPart(html, { subtype: 'html', cte: 'quoted-printable' }), {
      kind: 'account_reactivation', org: ['J82133', 'gp_practice'],
      fields: { username: 'nkechi.obi-nwosu@nhs.net' },
      traits: ['html_only', 'gmail', 'personal_address', 'html_entities', 'nigerian_name', 'hyphenated_name'],
    }));
  }

  // 016 — reactivation; the second message corrects the username given in the first
  {
    const id = 'LO6P265MB8080REACT0016FOTH00EEEE5555@LO6P265MB8080.GBRP265.PROD.OUTLOOK.COM';
    const first = `Hello,

My PCSE Online account has been deactivated. I am the Main Contact for Kingsbridge Dental Practice (V067312).

Username: h.fotheringham@nhs.net

Please can you reactivate it.

Harriet Fotheringham-Lowe
Practice Manager
Kingsbridge Dental Practice`;
    const q: Quoted = { fromName: 'Harriet Fotheringham-Lowe', fromEmail: 'harriet.fotheringham-lowe@nhs.net', sent: '2026-11-18T09:10:00Z', to: 'PCSE Portal Enquiries', subject: 'Account deactivated - V067312', body: first };
    const top = topHeaders({ client: 'outlook', from: addr('Harriet Fotheringham-Lowe', 'harriet.fotheringham-lowe@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'RE: Account deactivated - V067312', date: '2026-11-18T09:26:48Z', id, inReplyTo: 'LO6P265MB8080REACTORIG16@LO6P265MB8080.GBRP265.PROD.OUTLOOK.COM', references: ['LO6P265MB8080REACTORIG16@LO6P265MB8080.GBRP265.PROD.OUTLOOK.COM'] });
    out.push(mk(MB, 16, 'reactivation-second-message-corrects-username', top, outlookReply(id, `Sorry - please ignore the username I gave below, that was my old address from before I married. The account is harriet.fotheringham-lowe@nhs.net (this one).

Harriet`, q), {
      kind: 'account_reactivation', org: ['V067312', 'dental_practice'],
      fields: { username: 'harriet.fotheringham-lowe@nhs.net' },
      traits: ['second_reply_corrects', 'outlook_quote_block', 'request_in_quoted_original', 'hyphenated_name', 'decoy_address'],
    }));
  }

  // 017 — role removal, top-posted above the partner's internal email
  {
    const id = 'LO2P265MB9191RR0017MEADOW0FFFF6666@LO2P265MB9191.GBRP265.PROD.OUTLOOK.COM';
    const internal = `Hi Deepa,

Now that I've stepped down as a partner and I'm only doing locum sessions, can you get my PCSE access sorted? I shouldn't have the Joiner & Leaver or the Practice Estimate and Salary Change roles any more.

Thanks
Tom`;
    const q: Quoted = { fromName: 'BRENNAN, Thomas (MEADOWBANK HEALTH CENTRE)', fromEmail: 'thomas.brennan2@nhs.net', sent: '2026-11-18T17:55:00Z', to: 'Deepa Chandrasekaran', subject: 'PCSE access', body: internal };
    const top = topHeaders({ client: 'outlook', from: addr('Deepa Chandrasekaran', 'deepa.chandrasekaran@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'FW: PCSE access - remove roles - L83045', date: '2026-11-19T08:15:30Z', id });
    out.push(mk(MB, 17, 'role-removal-top-posted-forward', top, outlookReply(id, `Dear PCSE,

Please see below from Dr Brennan. Could you please remove the Joiner & Leaver and Practice Estimate and Salary Change roles from his account (thomas.brennan2@nhs.net)? He is no longer a partner at Meadowbank Health Centre (L83045).

Kind regards
Deepa Chandrasekaran
Practice Manager, Meadowbank Health Centre`, q), {
      kind: 'role_removal_request', org: ['L83045', 'gp_practice'],
      fields: { username: 'thomas.brennan2@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      traits: ['top_posted', 'forwarded', 'outlook_quote_block', 'on_behalf', 'tamil_name', 'irish_name'],
    }));
  }

  // 018 — role removal at a pharmacy, windows-1252 8bit, smart quotes and dashes
  {
    const id = 'LO3P265MB7474RR0018GREEN00AAAA7777@LO3P265MB7474.GBRP265.PROD.OUTLOOK.COM';
    const text = `Dear PCSE,

We have a locum pharmacist who was given the ‘Practice Order Entry Clerk’ role by mistake – could you please take that role off her account?

Username: jessica.pryce@nhs.net

Pharmacy: Greenway Pharmacy, FV553

Kind regards,
Oluwakemi Adeyemo
Pharmacist Manager – Greenway Pharmacy
“Caring for our community since 1987”`;
    const top = topHeaders({ client: 'outlook', from: addr('Oluwakemi Adeyemo', 'oluwakemi.adeyemo@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Remove role – locum', subjectCharset: 'windows-1252', date: '2026-11-19T13:02:11Z', id });
    out.push(mk(MB, 18, 'role-removal-pharmacy-cp1252', top, textPart(`${text}\n\n${NHSMAIL_FOOTER}`, { charset: 'windows-1252', cte: '8bit' }), {
      kind: 'role_removal_request', org: ['FV553', 'pharmacy'],
      fields: { username: 'jessica.pryce@nhs.net', roles: ['Practice Order Entry Clerk'] },
      traits: ['windows_1252', 'smart_quotes', 'eight_bit', 'nigerian_name'],
    }));
  }

  // 019 — chaser, top-posted above PCSE's acknowledgement
  {
    const id = 'LO0P265MB2323CH0019GWYN000BBBB8888@LO0P265MB2323.GBRP265.PROD.OUTLOOK.COM';
    const ack = pcseAck('Dear Gwyneth,', 'PCSE-2026-040741', 'request for a GPP Practice User Administrator');
    const q: Quoted = { fromName: PCSE_NAME, fromEmail: PCSE, sent: '2026-11-05T14:12:00Z', to: 'Gwyneth Morgan-Price', subject: 'RE: GPP user admin form [PCSE-2026-040741]', body: ack };
    const top = topHeaders({ client: 'outlook', from: addr('Gwyneth Morgan-Price', 'gwyneth.morgan-price@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'RE: GPP user admin form [PCSE-2026-040741]', date: '2026-11-19T15:44:00Z', id, inReplyTo: 'pcse-040741-1@nhs.net', references: ['pcse-040741-1@nhs.net'] });
    out.push(mk(MB, 19, 'chaser-top-posted-ack', top, outlookReply(id, `Hi,

Any update on the below please? It's now two weeks and we still can't submit our estimates.

Thanks
Gwyneth`, q), {
      kind: 'unclassified', org: null, fields: {},
      traits: ['chaser', 'case_ref_in_subject', 'top_posted', 'outlook_quote_block'],
    }));
  }

  // 020 — thank-you, Gmail-quoted confirmation
  {
    const id = 'CAK2wR7q9sTn4vLm8P3xZe6YbUcHd0gFa1oJi5kQe2tVw@mail.gmail.com';
    const done = `Dear Tendai,

Your PCSE Online account (tendai.chikwanha@nhs.net) has been unlocked. You can now log in using your existing password, or reset it using "Forgotten your login details?".

Kind regards

PCSE Online User Management Team
Primary Care Support England
Case reference: PCSE-2026-041102`;
    const newText = 'Brilliant, all working now - thank you!\n\nTendai';
    const text = `${newText}\n\n${gmailOn('2026-11-19T16:20:00Z', `${PCSE_NAME} <${PCSE}>`)}\n\n${angleQuote(done)}\n`;
    const html = gmailHtmlDoc(`${textToHtmlDivs(newText)}<br>${gmailQuoteHtml(gmailOn('2026-11-19T16:20:00Z', `${PCSE_NAME} <${PCSE}>`), textToHtmlDivs(done))}`);
    const top = topHeaders({ client: 'gmail', from: addr('Tendai Chikwanha', 'tendai.chikwanha@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Re: Account unlocked [PCSE-2026-041102]', date: '2026-11-20T08:05:37Z', id, inReplyTo: 'pcse-041102-2@nhs.net', references: ['pcse-041102-2@nhs.net'] });
    out.push(mk(MB, 20, 'thanks-gmail-quoted-confirmation', top, alt('gmail', id, textPart(text, { cte: '7bit', charset: 'us-ascii' }), textPart(html, { subtype: 'html', cte: 'quoted-printable' })), {
      kind: 'unclassified', org: null, fields: {},
      traits: ['thanks', 'gmail_quote', 'case_ref_in_subject', 'address_only_in_quote'],
    }));
  }

  // 021 — a genuine question full of abbreviations
  {
    const id = 'LO2P265MB5858Q0021SUUA000CCCC9999@LO2P265MB5858.GBRP265.PROD.OUTLOOK.COM';
    const text = `Hi

Quick q - is the "SU" (super user) we had on the old system the same thing as a UA on PCSE-O? Our SU left in the summer and nobody seems to know who can now set people up for GPP.

Also can a non-clinical PM be the UA for PL, or does it have to be a GP?

Not asking you to set anyone up yet, just want to understand before we fill in any forms.

Thanks
Lisa Greenhalgh
Assistant PM, Tame Valley Surgery`;
    const top = topHeaders({ client: 'outlook', from: addr('Lisa Greenhalgh', 'lisa.greenhalgh@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'SU vs UA?', date: '2026-11-20T11:31:09Z', id });
    out.push(mk(MB, 21, 'question-super-user-vs-ua', top, textPart(`${text}\n\n${NHSMAIL_FOOTER}`, { cte: 'quoted-printable' }), {
      kind: 'unclassified', org: null, fields: {},
      traits: ['genuine_question', 'abbreviations', 'mentions_kinds_without_asking'],
    }));
  }

  // 022 — automatic reply, Outlook HTML only
  {
    const id = 'LO4P265MB4040AR0022BHATT00DDDD0000@LO4P265MB4040.GBRP265.PROD.OUTLOOK.COM';
    const html = outlookHtmlDoc(`<p class="MsoNormal">Thank you for your email. I am on annual leave until Monday 30<sup>th</sup> November with no access to email.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">For urgent PCSE Online or user-admin queries please contact <a href="mailto:reception.haywardsheath@nhs.net">reception.haywardsheath@nhs.net</a> or call 01444 412 280.</p>
<p class="MsoNormal">&nbsp;</p>
<table border="0" cellpadding="0"><tr><td><p class="MsoNormal"><b>Sandeep Bhattacharya</b></p></td><td style="padding-left:10pt"><p class="MsoNormal">Practice Business Manager</p></td></tr></table>`);
    const top = topHeaders({ client: 'outlook', from: addr('Sandeep Bhattacharya', 'sandeep.bhattacharya@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Automatic reply: Your PCSE enquiry [PCSE-2026-041355]', date: '2026-11-20T14:00:02Z', id,
      inReplyTo: 'pcse-041355-1@nhs.net', extra: ['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All', 'X-MS-Exchange-Inbox-Rules-Loop: sandeep.bhattacharya@nhs.net'] });
    out.push(mk(MB, 22, 'auto-reply-html-only', top, textPart(html, { subtype: 'html' }), {
      kind: 'unclassified', org: null, fields: {}, ignored: 'auto_reply',
      traits: ['auto_reply', 'html_only', 'case_ref_in_subject'],
    }));
  }

  // 023 — practice email update sent to the wrong mailbox (dental)
  {
    const id = 'LO2P265MB6767PEU0023ABBEY00EEEE1212@LO2P265MB6767.GBRP265.PROD.OUTLOOK.COM';
    const text = `Good morning

Update practice email address

Practice name: Abbeygate Dental Care
Practice code: V150938
Current practice email: abbeygate.dental@nhs.net
New practice email: england.abbeygatedentalcare@nhs.net

We have moved to a shared NHSmail mailbox so that all the reception team can see PCSE correspondence.

Regards
Małgorzata Lewandowska
Practice Manager`;
    const top = topHeaders({ client: 'outlook', from: addr('Małgorzata Lewandowska', 'malgorzata.lewandowska@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'Update practice email address', date: '2026-11-23T09:09:09Z', id });
    out.push(mk(MB, 23, 'practice-email-update-misdirected-dental', top, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), {
      kind: 'practice_email_update', org: ['V150938', 'dental_practice'],
      fields: { currentEmail: 'abbeygate.dental@nhs.net', newEmail: 'england.abbeygatedentalcare@nhs.net' },
      traits: ['misdirected', 'labelled_lines', 'polish_name', 'encoded_display_name'],
    }));
  }

  // 024 — PL nomination: the attached letter names one nominee, the email asks for another
  {
    const id = 'LO6P265MB1414PL0024SEVERN0FFFF1313@LO6P265MB1414.GBRP265.PROD.OUTLOOK.COM';
    const pdf = await wordTablePdf({
      org: 'Severn View Medical Practice · Riverside Road · Bewdley · DY12 1AA', title: 'Request for PL Organisation Administrator',
      subtitle: 'To: PCSE Portal Enquiries (pcse.portalenquiries@nhs.net)',
      rows: [
        { t: 'heading', text: 'Practice details' },
        { t: 'field', label: 'Practice name', value: 'Severn View Medical Practice' },
        { t: 'field', label: 'ODS code', value: 'M85701' },
        { t: 'heading', text: 'Person to be set up' },
        { t: 'field', label: 'Name', value: 'Daniel Whitfield' },
        { t: 'field', label: 'Job title', value: 'Operations Manager' },
        { t: 'field', label: 'Email', value: 'daniel.whitfield3@nhs.net' },
        { t: 'field', label: 'Role', value: 'PL Organisation Administrator' },
        { t: 'heading', text: 'Nominated by' },
        { t: 'field', label: 'Name', value: 'Rhiannon Prosser' },
        { t: 'field', label: 'Position', value: 'CQC Registered Manager' },
        { t: 'field', label: 'Email', value: 'rhiannon.prosser@nhs.net' },
        { t: 'field', label: 'Date', value: '13 November 2026' },
      ],
    }, { seed: 2424, author: 'Rhiannon Prosser' });
    const text = `Hi,

Attached is the PL UA nomination we prepared last week, BUT Daniel has since handed his notice in, so please set up Agnieszka Kowalczyk instead - agnieszka.kowalczyk@nhs.net. She's our new Ops Manager. I haven't had a chance to redo the form; everything else on it is correct and I'm still the CQC RM.

Thanks
Rhiannon

Rhiannon Prosser
Practice Manager & CQC Registered Manager
Severn View Medical Practice (M85701)`;
    const body = alt('outlook', id, textPart(`${text}\n\n${NHSMAIL_FOOTER}`), textPart(outlookHtmlDoc(`${textToMso(text)}\n${NHSMAIL_FOOTER_HTML}`), { subtype: 'html' }));
    const top = topHeaders({ client: 'outlook', from: addr('Rhiannon Prosser', 'rhiannon.prosser@nhs.net'), fromDomain: 'nhs.net', to: TO, subject: 'PL UA - Severn View MP - M85701', date: '2026-11-23T15:48:20Z', id });
    out.push(mk(MB, 24, 'pl-admin-word-pdf-different-nominee', top, mixed('outlook', id, body, [attachment('PL UA request.pdf', pdf)]), {
      kind: 'user_admin_nomination', org: ['M85701', 'gp_practice'],
      fields: { service: 'PL', nominee: person('Agnieszka Kowalczyk', 'agnieszka.kowalczyk@nhs.net'), approver: withRole('Rhiannon Prosser', 'rhiannon.prosser@nhs.net', 'CQC Registered Manager') },
      traits: ['pdf_text_table', 'word_export', 'form_body_disagree', 'different_nominee', 'abbreviations', 'polish_name', 'welsh_name'],
    }, ['text']));
  }

  return out;
}
