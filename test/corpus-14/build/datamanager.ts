// pcse.datamanager: the emails of corpus 14 (writer J) and the case a careful PCSE colleague would enter for each.
import {
  CRLF, DATAMGR, DATAMGR_BARE, NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, addr, alternative, blank, boundaryFor, compose, exchangeId,
  imagePart, iosAlternative, message, org, outlookHtml, outlookQuoteHeaderText, p, pdfPart, person, rfcDate,
  stdHeaders, textPart, type Entry, type Expected,
} from './lib.js';
import { logoPng, odsReport } from './pdfs.js';

const MB = 'datamanager' as const;
const exp = (e: Omit<Expected, 'mailbox'>): Expected => ({ mailbox: MB, ...e });

const td = (s: string, extra = '') => `<td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt${extra}">${p(s)}</td>`;

// ---------------------------------------------------------------- 001: practice email after a merger, sent on behalf of the new shared mailbox

function d001(): Entry {
  const seed = 'c14/d001';
  const html = outlookHtml(`${p('Good morning,')}
${blank()}
${p('<b>Update practice email address</b>')}
${blank()}
${p('Saltwells Medical Centre (M87019) merged with Quarry Bank Surgery (M87041) on 1 December and the merged practice is now Saltwells &amp; Quarry Bank Medical Centre under code M87019. We have set up a new shared mailbox for the merged practice and would like PCSE to use it from now on.')}
${blank()}
${p('Practice name: Saltwells &amp; Quarry Bank Medical Centre')}
${p('Practice code: M87019')}
${p('Current practice email: <a href="mailto:saltwells.medicalcentre@nhs.net">saltwells.medicalcentre@nhs.net</a>')}
${p('New practice email: <a href="mailto:saltwellsqb.medicalcentre@nhs.net">saltwellsqb.medicalcentre@nhs.net</a>')}
${blank()}
${p('(Quarry Bank&#8217;s old address, quarrybank.surgery@nhs.net, is being closed along with M87041.)')}
${blank()}
${p('Thanks,')}
${p('Harpreet Bains')}
${p('Deputy Practice Manager')}
${p('Saltwells &amp; Quarry Bank Medical Centre')}
${p('01384 496 410 (main) / 01384 496 433 (direct)')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-02T08:47:55Z',
    from: addr('Saltwells & Quarry Bank Medical Centre (NHS BLACK COUNTRY ICB - D2P2L)', 'saltwellsqb.medicalcentre@nhs.net'),
    sender: addr('BAINS, Harpreet (SALTWELLS & QUARRY BANK MEDICAL CENTRE)', 'harpreet.bains@nhs.net'),
    to: DATAMGR, subject: 'Update practice email address - M87019',
  }), alternative(seed, html));
  return {
    slug: '001-practice-email-merged-practice-on-behalf', eml,
    expected: exp({
      kind: 'practice_email_update', ignored: null, organisation: org('M87019', 'gp_practice'),
      fields: { currentEmail: 'saltwells.medicalcentre@nhs.net', newEmail: 'saltwellsqb.medicalcentre@nhs.net' },
      mustRaise: [],
      traits: ['merged_practice', 'old_and_new_codes', 'sent_on_behalf', 'third_address_distractor', 'several_phones'],
    }),
  };
}

// ---------------------------------------------------------------- 002: practice email to a person's own mailbox after a takeover

function d002(): Entry {
  const seed = 'c14/d002';
  const html = outlookHtml(`${p('Hi,')}
${blank()}
${p('Since Ashgrove Surgery was taken over by Pennine Care Partnership in October, the old surgery inbox (ashgrove.surgery@nhs.net) isn&#8217;t being monitored any more &#8211; the new provider&#8217;s IT team closed it down without telling us!')}
${blank()}
${p('Please can you change the practice email for Ashgrove Surgery, A86024, to my address <a href="mailto:jenna.oconnell@nhs.net">jenna.oconnell@nhs.net</a> for now? I&#8217;m the practice manager so everything comes to me anyway.')}
${blank()}
${p('Thanks')}
${p('Jenna')}
${blank()}
<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr><td style="padding:0 0 0 6pt;border-left:solid #7030A0 3pt">
${p('<b><span style="color:#7030A0">Jenna O&#8217;Connell</span></b> <span style="font-size:8.5pt;color:#7F7F7F">she/her</span>')}
${p('<span style="font-size:9pt">Practice Manager</span>')}
${p('<span style="font-size:9pt">Ashgrove Surgery &#8211; part of Pennine Care Partnership</span>')}
${p('<span style="font-size:9pt">Tel 0191 496 0470 &#183; Mobile 07700 900 158</span>')}
${p('<span style="font-size:8.5pt;color:#7F7F7F">I work Tuesday to Friday</span>')}
</td></tr></table>
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-03T12:12:12Z', from: addr("Jenna O'Connell", 'jenna.oconnell@nhs.net'), to: DATAMGR, subject: 'Update practice email address',
  }), alternative(seed, html));
  return {
    slug: '002-practice-email-to-personal-mailbox-takeover', eml,
    expected: exp({
      kind: 'practice_email_update', ignored: null, organisation: org('A86024', 'gp_practice'),
      fields: { currentEmail: 'ashgrove.surgery@nhs.net', newEmail: 'jenna.oconnell@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['new_provider', 'my_own_address', 'pronouns', 'apostrophe_name', 'working_days'],
    }),
  };
}

// ---------------------------------------------------------------- 003: practice email from a phone

function d003(): Entry {
  const seed = 'c14/d003';
  const text = `Hi, pls update practice email for cottage lane surgery c82651. current is cottagelane.surgery@nhs.net, new one is cottagelanesurgery.admin@nhs.net - the new owners are moving all there sites onto the admin naming. thanks gary`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-04T18:03:29Z', from: addr('Gary Lennox', 'gary.lennox@nhs.net'), to: DATAMGR_BARE, subject: 'Update practice email address',
  }), iosAlternative(seed, text));
  return {
    slug: '003-practice-email-ios-lower-case', eml,
    expected: exp({
      kind: 'practice_email_update', ignored: null, organisation: org('C82651', 'gp_practice'),
      fields: { currentEmail: 'cottagelane.surgery@nhs.net', newEmail: 'cottagelanesurgery.admin@nhs.net' },
      mustRaise: [],
      traits: ['mobile_ios', 'lower_case', 'autocorrect', 'no_signature', 'new_provider'],
    }),
  };
}

// ---------------------------------------------------------------- 004: extend a pharmacy main contact to an acquired pharmacy

function d004(): Entry {
  const seed = 'c14/d004';
  const cid = 'image001.png@01DB6521.0D3E7F90';
  const html = outlookHtml(`${p('Dear Data Manager team,')}
${blank()}
${p('I would like to extend a current main contact to a new pharmacy. Dalton Pharmacy Ltd completed the purchase of Askam Village Pharmacy on 2 November 2026 (change of ownership approved by NHS England, market entry ref. ME/2026/4471), and the pharmacy kept its ODS code.')}
${blank()}
${p('<b><u>Existing pharmacy</u></b>')}
${p('Name: Dalton Pharmacy')}
${p('ODS code: FH274')}
${p('Main contact: Mohammed Iqbal')}
${p('Main contact email: <a href="mailto:mohammed.iqbal4@nhs.net">mohammed.iqbal4@nhs.net</a>')}
${p('Address: 12 Market Street, Dalton-in-Furness, Cumbria, LA15 8AB')}
${p('Telephone: 01229 496 013')}
${blank()}
${p('<b><u>New pharmacy</u></b>')}
${p('ODS code: FW638')}
${p('Name: Askam Village Pharmacy')}
${p('Address: 3 Duke Street, Askam-in-Furness, Cumbria, LA16 7AD')}
${blank()}
${p('The new pharmacy&#8217;s number is 01229 496 377 if you need to call to verify &#8211; please ask for Emma.')}
${blank()}
${p('Kind regards')}
${blank()}
<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse"><tr>
<td valign="middle" style="padding:0 8pt 0 0">${p(`<img width="150" height="44" src="cid:${cid}" alt="Dalton Pharmacy">`)}</td>
<td valign="top" style="padding:0 0 0 8pt;border-left:solid #C00000 1.5pt">
${p('<b>Mohammed Iqbal</b> <span style="font-size:9pt">MPharm MRPharmS</span>')}
${p('<span style="font-size:9pt">Superintendent Pharmacist</span>')}
${p('<span style="font-size:9pt">&amp; Director, Dalton Pharmacy Ltd</span>')}
${p('<span style="font-size:9pt">GPhC 2061183</span>')}
${p('<span style="font-size:9pt">Dalton 01229 496 013 | Askam 01229 496 377 | Mobile 07700 900 529</span>')}
</td></tr></table>
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-03T09:38:41Z', from: addr('IQBAL, Mohammed (DALTON PHARMACY)', 'mohammed.iqbal4@nhs.net'), to: DATAMGR,
    subject: 'Extend main contact to new pharmacy - FW638',
  }), compose(seed, alternative(seed, html), { images: [imagePart('image001.png', cid, logoPng('DP', '#c00000', 'Dalton Pharmacy'))] }));
  return {
    slug: '004-main-contact-extension-pharmacy-acquired', eml,
    expected: exp({
      kind: 'main_contact_extension', ignored: null, organisation: org('FH274', 'pharmacy'),
      fields: {
        existingPractice: { odsCode: 'FH274', name: 'Dalton Pharmacy', mainContact: person('Mohammed Iqbal', 'mohammed.iqbal4@nhs.net'), address: '12 Market Street, Dalton-in-Furness, Cumbria, LA15 8AB', phone: '01229 496 013' },
        newPractice: { odsCode: 'FW638', name: 'Askam Village Pharmacy', address: '3 Duke Street, Askam-in-Furness, Cumbria, LA16 7AD' },
      },
      mustRaise: [],
      traits: ['new_provider', 'distractor_market_entry_ref', 'distractor_gphc', 'inline_logo_cid', 'post_nominals', 'several_phones', 'two_line_job_title', 'new_practice_phone_given'],
    }),
  };
}

// ---------------------------------------------------------------- 005: extend a dental main contact, two-column HTML table, from the practice mailbox

function d005(): Entry {
  const seed = 'c14/d005';
  const html = outlookHtml(`${p('Hello,')}
${blank()}
${p('We have taken over Ledbury Road Dental Surgery (from 1 December; previously owned by Mr P Gladwin). Please could you extend our main contact to the new practice? Details below.')}
${blank()}
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>${td('&nbsp;', ';background:#D9E2F3')}${td('<b>Existing practice</b>', ';background:#D9E2F3')}${td('<b>New practice</b>', ';background:#D9E2F3')}</tr>
<tr>${td('Practice name')}${td('Orchard House Dental')}${td('Ledbury Road Dental Surgery')}</tr>
<tr>${td('ODS code')}${td('V032918')}${td('V117465')}</tr>
<tr>${td('Main contact')}${td('Louise Brightwell')}${td('(same &#8211; please extend)')}</tr>
<tr>${td('Main contact email')}${td('<a href="mailto:louise.brightwell@nhs.net">louise.brightwell@nhs.net</a>')}${td('&nbsp;')}</tr>
<tr>${td('Address')}${td('4 Orchard Road<br>Hereford<br>HR1 2LP')}${td('27 Ledbury Road<br>Hereford<br>HR1 2SY')}</tr>
<tr>${td('Telephone')}${td('01432 496 221')}${td('01432 496 605')}</tr>
</table>
${blank()}
${p('Many thanks,')}
${p('Louise Brightwell')}
${p('Practice Manager')}
${p('Orchard House Dental (and Ledbury Road Dental Surgery from 1/12)')}
${NHSMAIL_FOOTER_HTML}`, 'Calibri');
  const eml = message(stdHeaders({
    seed, date: '2026-12-04T11:27:03Z', from: addr('Orchard House Dental Practice', 'orchardhouse.dental@nhs.net'), to: DATAMGR,
    subject: 'Extending main contact - Ledbury Road Dental Surgery',
  }), alternative(seed, html, { enc: 'base64' }));
  return {
    slug: '005-main-contact-extension-dental-two-column-table', eml,
    expected: exp({
      kind: 'main_contact_extension', ignored: null, organisation: org('V032918', 'dental_practice'),
      fields: {
        existingPractice: { odsCode: 'V032918', name: 'Orchard House Dental', mainContact: person('Louise Brightwell', 'louise.brightwell@nhs.net'), address: '4 Orchard Road, Hereford, HR1 2LP', phone: '01432 496 221' },
        newPractice: { odsCode: 'V117465', name: 'Ledbury Road Dental Surgery', address: '27 Ledbury Road, Hereford, HR1 2SY' },
      },
      mustRaise: [],
      traits: ['new_provider', 'html_table_two_columns', 'generic_mailbox', 'person_only_in_signature', 'base64_body', 'multi_line_address'],
    }),
  };
}

// ---------------------------------------------------------------- 006: optical extension forwarded inside PCSE

function d006(): Entry {
  const seed = 'c14/d006';
  const text = `Hi DM team - this one came in to us on the general enquiries address. Please pick up, I haven't replied.

Precious

Precious Mensah | Customer Support Advisor | Primary Care Support England

${outlookQuoteHeaderText({ from: 'Jonathan Penrose <jonathan.penrose@nhs.net>', sent: '04 December 2026 09:12', to: 'PCSE Enquiries <pcse.enquiries@nhs.net>', subject: 'Adding our new practice' })}
Hello,

I'm the main contact for Penrose Opticians in Redruth (TPK08, 18 Fore Street, Redruth, TR15 2AZ, tel 01209 496 440) and I'd like the same access for the practice we've just taken over in Camborne. It was Vision Plus Camborne and is now Penrose Opticians Camborne, code TPR51, at 6 Cross Street, Camborne, TR14 8EX.

Can you add it to my account? My email is this one.

Thanks,
Jonathan Penrose BSc MCOptom
Optometrist & Director
GOC 01-31125

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-04T13:44:58Z', from: addr('MENSAH, Precious (PRIMARY CARE SUPPORT ENGLAND)', 'precious.mensah@nhs.net'), to: DATAMGR,
    subject: 'FW: from the customer support team — please pick up - main contact for new optician practice',
  }), textPart(text));
  return {
    slug: '006-main-contact-extension-optical-internal-forward', eml,
    expected: exp({
      kind: 'main_contact_extension', ignored: null, organisation: org('TPK08', 'ophthalmic_practice'),
      fields: {
        existingPractice: { odsCode: 'TPK08', name: 'Penrose Opticians', mainContact: person('Jonathan Penrose', 'jonathan.penrose@nhs.net'), address: '18 Fore Street, Redruth, TR15 2AZ', phone: '01209 496 440' },
        newPractice: { odsCode: 'TPR51', name: 'Penrose Opticians Camborne', address: '6 Cross Street, Camborne, TR14 8EX' },
      },
      mustRaise: [],
      traits: ['pcse_internal_forward', 'forwarder_is_not_requester', 'new_provider', 'renamed_practice', 'details_in_prose', 'distractor_goc', 'this_address', 'rfc2047_subject'],
    }),
  };
}

// ---------------------------------------------------------------- 007: branch for the old site of a merged practice, ODS report attached

async function d007(): Promise<Entry> {
  const seed = 'c14/d007';
  const pdf = await odsReport({
    ref: 'ODS-NC-2026-11873', code: 'P83012001', name: 'BANKSIDE SURGERY', address: ['2 BANKSIDE ROAD', 'RADCLIFFE', 'MANCHESTER'], postcode: 'M26 2RE',
    parent: 'P83012', parentName: 'HOLLINS BANKSIDE MEDICAL GROUP', role: 'BRANCH SURGERY (GP PRACTICE SITE)', opened: '01/10/2026', issued: '27/11/2026',
  });
  const html = outlookHtml(`${p('Hello,')}
${blank()}
${p('I would like to set up access to PCSE Online for a branch practice. Following the merger of Hollins Park Surgery and Bankside Medical Practice on 1 October, the former Bankside Medical Practice building (old code P83027, now closed) carries on as a branch site of the merged practice, and ODS have issued it a branch code &#8211; their report is attached.')}
${blank()}
${p('<b>Main practice</b>')}
${p('Practice name: Hollins Bankside Medical Group')}
${p('Organisation type: GP')}
${p('ODS code: P83012')}
${p('Main contact held by PCSE: Joanne Whittaker &#8211; joanne.whittaker7@nhs.net')}
${p('Address: 41 Hollins Lane, Bury, BL9 8AT')}
${p('Telephone: 0161 496 0700')}
${blank()}
${p('<b>Branch</b>')}
${p('Main contact for the branch: Mrs Denise Ogden &#8211; denise.ogden@nhs.net')}
${p('Branch ODS code: P83012001')}
${p('Branch name: Bankside Surgery')}
${p('Address: 2 Bankside Road, Radcliffe, Manchester, M26 2RE')}
${p('Telephone: 0161 496 0755')}
${blank()}
${p('Thanks')}
${p('Joanne')}
${blank()}
${p('<b>Joanne Whittaker</b>')}
${p('Reception &amp; Administration Team Leader | Main Contact (PCSE Online)')}
${p('Hollins Bankside Medical Group')}
${p('0161 496 0700 (option 3) | Bankside site 0161 496 0755')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-02T10:21:37Z', from: addr('WHITTAKER, Joanne (HOLLINS BANKSIDE MEDICAL GROUP)', 'joanne.whittaker7@nhs.net'), to: DATAMGR,
    subject: 'Set up branch practice access - Bankside site P83012001', attach: true,
  }), compose(seed, alternative(seed, html), { attachments: [pdfPart('ODS report P83012001.pdf', pdf)] }));
  return {
    slug: '007-branch-former-site-of-merged-practice-ods-report', eml,
    expected: exp({
      kind: 'branch_setup', ignored: null, organisation: org('P83012', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'P83012', name: 'Hollins Bankside Medical Group', mainContact: person('Joanne Whittaker', 'joanne.whittaker7@nhs.net'), address: '41 Hollins Lane, Bury, BL9 8AT', phone: '0161 496 0700' },
        branch: { odsCode: 'P83012001', name: 'Bankside Surgery', address: '2 Bankside Road, Radcliffe, Manchester, M26 2RE', phone: '0161 496 0755', mainContact: { name: 'Denise Ogden', email: 'denise.ogden@nhs.net', title: 'Mrs' } },
      },
      mustRaise: [],
      traits: ['merged_practice', 'old_and_new_codes', 'pdf_text', 'ods_report_attached', 'several_phones'],
    }),
  };
}

// ---------------------------------------------------------------- 008: branch whose code does not start with the main code

function d008(): Entry {
  const seed = 'c14/d008';
  const row2 = (k: string, v: string) => `<tr>${td(k, ';width:150pt;background:#F2F2F2')}${td(v, ';width:260pt')}</tr>`;
  const html = outlookHtml(`${p('Dear Data Manager,')}
${blank()}
${p('We would like to set up access to PCSE Online for our new branch. We have taken over the patient list and premises of the former Lea Hall Surgery (M85700, closed 30 November) and it reopens as our branch surgery on 14 December.')}
${blank()}
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td colspan="2" style="border:solid #A6A6A6 1.0pt;background:#1F3864;padding:2pt 5pt">${p('<b><span style="color:white">Main practice</span></b>')}</td></tr>
${row2('Name', 'Kingsbury Road Surgery')}
${row2('Organisation type', 'GP')}
${row2('ODS code', 'M85061')}
${row2('Main contact (held by PCSE)', 'Ravinder Sohal')}
${row2('Main contact email', 'ravinder.sohal@nhs.net')}
${row2('Address', '212 Kingsbury Road, Erdington, Birmingham, B24 9PX')}
${row2('Telephone', '0121 496 0380')}
<tr><td colspan="2" style="border:solid #A6A6A6 1.0pt;background:#1F3864;padding:2pt 5pt">${p('<b><span style="color:white">Branch practice</span></b>')}</td></tr>
${row2('Main contact', 'Dr Faisal Rahman')}
${row2('Email', 'faisal.rahman3@nhs.net')}
${row2('Branch ODS code', 'M85016002')}
${row2('Name', 'Lea Hall Branch Surgery')}
${row2('Address', '61 Lea Hall Road, Birmingham, B33 8LF')}
${row2('Telephone', '0121 496 0912')}
</table>
${blank()}
${p('Regards')}
${p('Ravinder Sohal')}
${p('Practice Manager, Kingsbury Road Surgery')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-07T14:10:26Z', from: addr('Kingsbury Road Surgery - Practice Manager', 'kingsburyroad.pm@nhs.net'), to: DATAMGR,
    subject: 'New branch set up - Kingsbury Road Surgery',
  }), alternative(seed, html));
  return {
    slug: '008-branch-code-transposed-html-table', eml,
    expected: exp({
      kind: 'branch_setup', ignored: null, organisation: org('M85061', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'M85061', name: 'Kingsbury Road Surgery', mainContact: person('Ravinder Sohal', 'ravinder.sohal@nhs.net'), address: '212 Kingsbury Road, Erdington, Birmingham, B24 9PX', phone: '0121 496 0380' },
        branch: { odsCode: 'M85016002', name: 'Lea Hall Branch Surgery', address: '61 Lea Hall Road, Birmingham, B33 8LF', phone: '0121 496 0912', mainContact: { name: 'Faisal Rahman', email: 'faisal.rahman3@nhs.net', title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'],
      traits: ['new_provider', 'old_code_of_closed_practice', 'html_table', 'generic_mailbox', 'person_only_in_signature'],
    }),
  };
}

// ---------------------------------------------------------------- 009: branch under a caretaker APMS provider, on behalf of a contracts mailbox

function d009(): Entry {
  const seed = 'c14/d009';
  const text = `Hello,

Please set up access to PCSE Online for a branch practice. Harrowfield Health Ltd has held the caretaker APMS contract for Millbrook Medical Practice (Y05318) since 1 November 2026, for 12 months, and the commissioner has agreed that the Ashby Road premises continue as a branch.

Details of the main practice
- Practice name: Millbrook Medical Practice
- Organisation type: GP (APMS caretaker)
- ODS code: Y05318
- Main contact held by PCSE: Grace Nwachukwu
- Main contact email: grace.nwachukwu@nhs.net
- Address: Millbrook Health Centre, Station Road, Coalville, LE67 3DN
- Telephone: 01530 496 100

Details of the branch practice
- Branch main contact: Dr Tobias Engel
- Email: tobias.engel@nhs.net
- Branch ODS code: Y05318001
- Branch name: Millbrook Medical Practice – Ashby Road Branch
- Address: 88 Ashby Road, Coalville, LE67 3LA
- Telephone: 01530 496 145

The caretaker contract reference is LLR-APMS-CT-0112 and our CQC provider ID is 1-3019384756, in case you need them.

Many thanks
Grace Nwachukwu
Head of Primary Care Contracts | Harrowfield Health Ltd
(Please reply to harrowfieldhealth.contracts@nhs.net)

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-08T10:55:00Z',
    from: addr('Harrowfield Health - Contracts', 'harrowfieldhealth.contracts@nhs.net'),
    sender: addr('NWACHUKWU, Grace (HARROWFIELD HEALTH LTD)', 'grace.nwachukwu@nhs.net'),
    to: DATAMGR, subject: 'Branch practice set-up request – Y05318001',
  }), textPart(text));
  return {
    slug: '009-branch-caretaker-apms-on-behalf', eml,
    expected: exp({
      kind: 'branch_setup', ignored: null, organisation: org('Y05318', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'Y05318', name: 'Millbrook Medical Practice', mainContact: person('Grace Nwachukwu', 'grace.nwachukwu@nhs.net'), address: 'Millbrook Health Centre, Station Road, Coalville, LE67 3DN', phone: '01530 496 100' },
        branch: { odsCode: 'Y05318001', name: 'Millbrook Medical Practice – Ashby Road Branch', address: '88 Ashby Road, Coalville, LE67 3LA', phone: '01530 496 145', mainContact: { name: 'Tobias Engel', email: 'tobias.engel@nhs.net', title: 'Dr' } },
      },
      mustRaise: [],
      traits: ['caretaker_apms', 'sent_on_behalf', 'generic_mailbox', 'bulleted_blocks', 'distractor_contract_ref', 'distractor_cqc_ids', 'rfc2047_subject'],
    }),
  };
}

// ---------------------------------------------------------------- 010: main contact change sent to data manager (renamed practice)

function d010(): Entry {
  const seed = 'c14/d010';
  const html = outlookHtml(`${p('Dear PCSE,')}
${blank()}
${p('We were Dr Gillespie&#8217;s Surgery until 1 December, when the practice changed its name to Brookfield Surgery after Dr Gillespie retired (the code, L81044, hasn&#8217;t changed). Dr Gillespie was our main contact on PCSE Online.')}
${blank()}
${p('Please change the main contact for L81044 to:')}
${p('Hannah Whitlock, Practice Manager &#8211; <a href="mailto:hannah.whitlock@nhs.net">hannah.whitlock@nhs.net</a>')}
${blank()}
${p('Thank you')}
${blank()}
${p('Hannah Whitlock')}
${p('Practice Manager, Brookfield Surgery')}
${p('<span style="font-size:9pt;color:#595959">Brookfield Surgery | 5 Brookfield Road | Bristol | BS5 7TQ | 0117 496 0245</span>')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-09T09:12:48Z', from: addr('Brookfield Surgery', 'brookfield.surgery@nhs.net'), to: DATAMGR, subject: 'Change of main contact - L81044',
  }), alternative(seed, html));
  return {
    slug: '010-main-contact-change-misdirected-renamed', eml,
    expected: exp({
      kind: 'main_contact_change', ignored: null, organisation: org('L81044', 'gp_practice'),
      fields: { newMainContact: person('Hannah Whitlock', 'hannah.whitlock@nhs.net') },
      mustRaise: [],
      traits: ['misdirected', 'renamed_practice', 'generic_mailbox', 'sender_is_new_contact', 'old_main_contact_named'],
    }),
  };
}

// ---------------------------------------------------------------- 011: verification link sent to data manager from a phone

function d011(): Entry {
  const seed = 'c14/d011';
  const text = `Hi, I never got the verification kink for PCSE online when I joined the performers list in sept. GMC no 7402916. my gmc email is this one (tom.achterberg@nhs.net). Could you resend? cheers, Tom`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-05T21:40:13Z', from: addr('Tom Achterberg', 'tom.achterberg@nhs.net'), to: DATAMGR_BARE, subject: 'verification link',
  }), iosAlternative(seed, text));
  return {
    slug: '011-verification-link-misdirected-ios', eml,
    expected: exp({
      kind: 'verification_link_resend', ignored: null, organisation: null,
      fields: { accountEmail: 'tom.achterberg@nhs.net', gmcNumber: '7402916' },
      mustRaise: [],
      traits: ['misdirected', 'mobile_ios', 'autocorrect', 'no_signature', 'no_practice_code'],
    }),
  };
}

// ---------------------------------------------------------------- 012: question about a practice name change

function d012(): Entry {
  const seed = 'c14/d012';
  const text = `Good afternoon,

Our practice is changing its name on 4 January 2027 from "Dr Lowther and Partners" to "Fellside Medical Practice" (no merger, same partners, same ODS code N83024).

Two questions:
1. Do we need to tell PCSE about the new name so that it shows correctly on PCSE Online, or does it come through automatically from ODS?
2. Our practice email address will also change once IT rename the shared mailbox. Should we send that as a separate "update practice email address" request once we know what it will be?

Nothing to action yet - just want to know the process.

Kind regards

Ian Lowther
Practice Manager
Dr Lowther and Partners
017687 496 100

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-09T14:22:31Z', from: addr('LOWTHER, Ian (DR LOWTHER AND PARTNERS)', 'ian.lowther@nhs.net'), to: DATAMGR,
    subject: 'Practice name change - how do we update PCSE Online?',
  }), textPart(text));
  return {
    slug: '012-question-practice-name-change', eml,
    expected: exp({ kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'renamed_practice', 'numbered_questions', 'nothing_to_action'] }),
  };
}

// ---------------------------------------------------------------- 013: thank-you with a reference

function d013(): Entry {
  const seed = 'c14/d013';
  const prevId = exchangeId('c14/d013/prev', 'CWLP265MB');
  const quoted = `Dear Practice,

Your enquiry reference: PCSE-2026-082217

We have updated the practice email address for Saltwells & Quarry Bank Medical Centre (M87019) to saltwellsqb.medicalcentre@nhs.net. This confirmation has been sent to the new address.

Kind regards
PCSE Data Management Team`;
  const text = `Thank you - confirmation received on the new mailbox, all working.

Harpreet

${outlookQuoteHeaderText({ from: 'PCSE Data Manager <pcse.datamanager@nhs.net>', sent: '08 December 2026 15:41', to: 'Saltwells & Quarry Bank Medical Centre <saltwellsqb.medicalcentre@nhs.net>', subject: '[PCSE-2026-082217] Update practice email address' })}
${quoted}

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-09T08:03:10Z',
    from: addr('Saltwells & Quarry Bank Medical Centre (NHS BLACK COUNTRY ICB - D2P2L)', 'saltwellsqb.medicalcentre@nhs.net'),
    sender: addr('BAINS, Harpreet (SALTWELLS & QUARRY BANK MEDICAL CENTRE)', 'harpreet.bains@nhs.net'),
    to: DATAMGR, subject: 'RE: [PCSE-2026-082217] Update practice email address', inReplyTo: prevId, references: prevId,
  }), textPart(text));
  return {
    slug: '013-thanks-with-reference-on-behalf', eml,
    expected: exp({ kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks_with_ref', 'sent_on_behalf', 'quoted_confirmation'] }),
  };
}

// ---------------------------------------------------------------- 014: NDR for a confirmation sent to a closed mailbox

function d014(): Entry {
  const seed = 'c14/d014';
  const origId = exchangeId('c14/d014/orig', 'CWLP265MB');
  const when = '2026-12-08T15:41:22Z';
  const text = `Your message to quarrybank.surgery@nhs.net couldn't be delivered.

quarrybank.surgery wasn't found at nhs.net.

pcse.datamanager    Office 365    quarrybank.surgery
Action Required                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using an autocomplete list, delete the recipient's entry and retype the address.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address doesn't exist at the destination domain.

Original Message Details
Created Date: ${rfcDate(when)}
Sender Address: pcse.datamanager@nhs.net
Recipient Address: quarrybank.surgery@nhs.net
Subject: [PCSE-2026-082503] Update practice email address

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient quarrybank.surgery@nhs.net not found by SMTP address lookup
DSN generated by: CWLP265MB5120.GBRP265.PROD.OUTLOOK.COM
`;
  const status = `Reporting-MTA: dns;CWLP265MB5120.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;CWLP265MB3318.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: ${rfcDate(when)}

Final-Recipient: rfc822;quarrybank.surgery@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient quarrybank.surgery@nhs.net not found by SMTP address lookup
`;
  const headersOnly = [
    `From: PCSE Data Manager <pcse.datamanager@nhs.net>`,
    `To: "quarrybank.surgery@nhs.net" <quarrybank.surgery@nhs.net>`,
    `Subject: [PCSE-2026-082503] Update practice email address`,
    `Date: ${rfcDate(when)}`,
    `Message-ID: ${origId}`,
    `Content-Type: text/plain; charset="utf-8"`,
    `MIME-Version: 1.0`,
  ].join(CRLF);
  const root = {
    multipart: 'report' as const, params: 'report-type=delivery-status', boundary: boundaryFor(seed, 'rep'),
    parts: [
      textPart(text),
      { type: 'message/delivery-status', encoding: '7bit' as const, content: status },
      { type: 'text/rfc822-headers', encoding: '7bit' as const, content: headersOnly },
    ],
  };
  const eml = message(stdHeaders({
    seed, date: '2026-12-08T15:41:25Z', authDomain: null,
    from: addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net'), to: addr('PCSE Data Manager', 'pcse.datamanager@nhs.net'),
    subject: 'Undeliverable: [PCSE-2026-082503] Update practice email address', inReplyTo: origId, references: origId,
    extra: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']],
  }), root);
  return {
    slug: '014-bounce-closed-mailbox-after-merger', eml,
    expected: exp({ kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report', 'merged_practice', 'reference_in_subject'] }),
  };
}

export async function datamanagerEntries(): Promise<Entry[]> {
  return [d001(), d002(), d003(), d004(), d005(), d006(), await d007(), d008(), d009(), d010(), d011(), d012(), d013(), d014()];
}

