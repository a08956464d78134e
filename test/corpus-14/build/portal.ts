// pcse.portalenquiries: the emails of corpus 14 (writer J) and the case a careful PCSE colleague would enter for each.
import {
  NHSMAIL_FOOTER, NHSMAIL_FOOTER_HTML, PORTAL, PORTAL_BARE, addr, alternative, blank, compose, exchangeId, imagePart,
  iosAlternative, message, org, outlookHtml, outlookQuoteHeader, outlookQuoteHeaderText, p, pdfPart, person, stdHeaders,
  textPart, type Entry, type Expected,
} from './lib.js';
import { gppBrowserPrint, gppFillAndSign, logoPng, nhsLogoPng, pcnAcroForm } from './pdfs.js';

const MB = 'portalenquiries' as const;
const exp = (e: Omit<Expected, 'mailbox'>): Expected => ({ mailbox: MB, ...e });

// ---------------------------------------------------------------- 001: GPP admin for a merged practice, browser-printed form

async function p001(): Promise<Entry> {
  const seed = 'c14/p001';
  const pdf = await gppBrowserPrint({
    practiceName: 'Hollins Bankside Medical Group', practiceCode: 'P83012', address1: '41 Hollins Lane', address2: 'Bury, BL9 8AT',
    nomineeName: 'Kirsty Lomax', nomineeJob: 'Practice Business Manager', nomineeEmail: 'kirsty.lomax@nhs.net', nomineePhone: '0161 496 0714',
    approverName: 'Dr Imran Qureshi', approverPosition: 'Senior GP Partner', approverEmail: 'imran.qureshi2@nhs.net', approverGmc: '6094417', date: '02/12/2026',
  }, {
    printed: '02/12/2026, 09:41',
    docTitle: 'GPP UA Certification Form - HBMG.docx',
    url: 'https://nhs.sharepoint.com/:w:/r/sites/HBMG-Admin/_layouts/15/Doc.aspx?sourcedoc=%7B3F2A91C4-7B0E-4D6A-9E1B-2C84D0A7F113%7D&file=GPP%20UA%20Certification%20Form%20-%20HBMG.docx&action=default&mobileredirect=true',
    typedSignature: 'I. Qureshi',
  });
  const html = outlookHtml(`${p('Good morning,')}
${blank()}
${p('Please find attached the GPP Practice User Administrator certification form for Hollins Bankside Medical Group.')}
${blank()}
${p('For background: Hollins Park Surgery (P83012) and Bankside Medical Practice (P83027) merged on 1 October 2026. NHS England kept P83012 as the code for the merged practice and P83027 was closed on 30 September, so please set this up against <b>P83012</b> only.')}
${blank()}
${p('Bankside&#8217;s GPP user admin was Graham Ashworth, who retired at the merger, and Hollins Park never had one set up, so at the moment nobody here can add the Joiner &amp; Leaver roles for our new salaried GPs. The form nominates our Practice Business Manager, Kirsty Lomax. Part 2 has been completed by Dr Qureshi as senior partner.')}
${blank()}
${p('The form was filled in on our SharePoint copy so it has printed with the browser bits at the top and bottom &#8211; sorry about that.')}
${blank()}
${p('Many thanks,')}
${blank()}
${p('<b>Joanne Whittaker</b>')}
${p('Reception &amp; Administration Team Leader')}
${p('Hollins Bankside Medical Group')}
${p('Hollins Park site: 41 Hollins Lane, Bury BL9 8AT')}
${p('Tel: 0161 496 0700 (option 3)')}
${blank()}
${p('<i><span style="font-size:9.0pt;color:#595959">This mailbox is monitored Monday to Friday 08:00&#8211;18:00. Please do not send patient-identifiable information to this address.</span></i>')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-02T09:52:13Z',
    from: addr('Hollins Bankside Medical Group - Admin (NHS GREATER MANCHESTER ICB - 00V)', 'hollinsbankside.admin@nhs.net'),
    sender: addr('WHITTAKER, Joanne (HOLLINS BANKSIDE MEDICAL GROUP)', 'joanne.whittaker7@nhs.net'),
    to: PORTAL, subject: 'GPP User Admin form - Hollins Bankside Medical Group (P83012) - merged practice', attach: true,
  }), compose(seed, alternative(seed, html), { attachments: [pdfPart('GPP UA Certification Form - HBMG.pdf', pdf)] }));
  return {
    slug: '001-gpp-admin-merged-practice-browser-print', eml,
    expected: exp({
      kind: 'user_admin_nomination', ignored: null, organisation: org('P83012', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Kirsty Lomax', 'kirsty.lomax@nhs.net'), approver: { ...person('Imran Qureshi', 'imran.qureshi2@nhs.net'), role: 'Senior GP Partner' } },
      mustRaise: [],
      traits: ['merged_practice', 'old_and_new_codes', 'sent_on_behalf', 'generic_mailbox', 'pdf_browser_print', 'distractor_gmc', 'html_outlook'],
    }),
  };
}

// ---------------------------------------------------------------- 002: GPP admin, renamed practice, Fill & Sign form, rich signature

async function p002(): Promise<Entry> {
  const seed = 'c14/p002';
  const pdf = await gppFillAndSign({
    practiceName: 'Abbeyfields Health Centre', practiceCode: 'G82104', address1: '112 Abbey Road', address2: 'Maidstone, Kent, ME15 7QP',
    nomineeName: 'Tomasz Nowak', nomineeJob: 'Finance & HR Administrator', nomineeEmail: 'tomasz.nowak3@nhs.net', nomineePhone: '01622 496 140',
    approverName: 'Dr Helen Okafor', approverPosition: 'GP Partner', approverEmail: 'helen.okafor@nhs.net', approverGmc: '7120385', date: '01/12/26',
  }, seed);
  const logo = logoPng('AH', '#2e7d5b', 'Abbeyfields Health Centre');
  const cid = 'image001.png@01DB63A2.4F1C2E70';
  const sig = `<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr>
<td width="150" valign="top" style="width:112.5pt;padding:0cm 7.5pt 0cm 0cm;border-right:solid #2E7D5B 1.5pt">
<p class="MsoNormal"><img width="150" height="44" style="width:1.5625in;height:.4583in" id="Picture_x0020_1" src="cid:${cid}" alt="Abbeyfields Health Centre logo"></p>
</td>
<td valign="top" style="padding:0cm 0cm 0cm 9.0pt">
<p class="MsoNormal"><b><span style="font-size:10.5pt;color:#2E7D5B">Samira Haddad</span></b><span style="font-size:9.0pt;color:#7F7F7F"> (she/her)</span></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Practice Manager</span></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Registered Manager (CQC)</span></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Abbeyfields Health Centre <i>(formerly Abbey Road Surgery)</i></span></p>
<p class="MsoNormal"><span style="font-size:9.0pt">Switchboard: 01622 496 100 | Direct: 01622 496 131 | Mobile: 07700 900 482</span></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#7F7F7F">My working days are Monday &#8211; Thursday</span></p>
</td>
</tr>
</table>`;
  const html = outlookHtml(`${p('Hello,')}
${blank()}
${p('I attach our signed GPP User Administrator certification form.')}
${blank()}
${p('Please note we changed our name on 1 November from Abbey Road Surgery to Abbeyfields Health Centre. The practice code is unchanged (G82104) but PCSE Online may still show the old name &#8211; I&#8217;m not sure whether that matters for this.')}
${blank()}
${p('We would like Tomasz Nowak (our Finance &amp; HR Administrator) set up as a GPP Practice User Administrator. At the moment there is one GPP admin (myself), so he would be the second.')}
${blank()}
${p('Thank you,')}
${blank()}
${sig}
${blank()}
${NHSMAIL_FOOTER_HTML}`, 'Calibri');
  const eml = message(stdHeaders({
    seed, date: '2026-12-01T15:31:48Z',
    from: addr('HADDAD, Samira (ABBEYFIELDS HEALTH CENTRE)', 'samira.haddad@nhs.net'),
    to: PORTAL, subject: 'GPP practice user administrator certification – Abbeyfields Health Centre G82104', attach: true,
  }), compose(seed, alternative(seed, html), { images: [imagePart('image001.png', cid, logo)], attachments: [pdfPart('GPP cert form Abbeyfields signed.pdf', pdf)] }));
  return {
    slug: '002-gpp-admin-renamed-practice-fill-and-sign', eml,
    expected: exp({
      kind: 'user_admin_nomination', ignored: null, organisation: org('G82104', 'gp_practice'),
      fields: { service: 'GPP', nominee: person('Tomasz Nowak', 'tomasz.nowak3@nhs.net'), approver: { ...person('Helen Okafor', 'helen.okafor@nhs.net'), role: 'GP Partner' } },
      mustRaise: [],
      traits: ['renamed_practice', 'pdf_fill_and_sign', 'html_signature_table', 'inline_logo_cid', 'pronouns', 'several_phones', 'working_days', 'two_line_job_title', 'rfc2047_subject', 'distractor_gmc'],
    }),
  };
}

// ---------------------------------------------------------------- 003: PL admin after a change of provider

function p003(): Entry {
  const seed = 'c14/p003';
  const text = `Dear Portal Enquiries team,

As of 1 November 2026 the GMS contract for Thornbury Medical Practice (ODS J82145) transferred from Dr K Patel & Partners to Wessex Primary Care Partnership Ltd. The practice code has not changed. I am the CQC Registered Manager for the Thornbury location under the new provider (CQC location ID 1-2837465910; provider ID 1-1093847562).

Under the previous partnership the only PL Organisation Administrator was Dr Patel, who has now left. Please could you set up the following person as PL Organisation Administrator for J82145 so that the practice can approve performer changes:

Name: Lucy Brennan
Role: Site Manager, Thornbury Medical Practice
Email: lucy.brennan4@nhs.net

Once she has access she will tidy up the old partnership's accounts herself.

Kind regards

Marcus Fairweather
Head of Operations (South Hampshire) | Wessex Primary Care Partnership Ltd
CQC Registered Manager - Thornbury Medical Practice
T: 023 8049 6212   M: 07700 900 615

Wessex Primary Care Partnership Ltd, Unit 4 Calmore Business Park, Totton, Southampton SO40 3WX. Registered in England and Wales, company no. 14829301.


${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-02T11:07:00Z', from: addr('Marcus Fairweather', 'marcus.fairweather@nhs.net'), to: PORTAL,
    subject: 'PL Organisation Administrator - Thornbury Medical Practice J82145 (change of provider)',
  }), textPart(text, 'quoted-printable'));
  return {
    slug: '003-pl-admin-new-provider-cqc-ids', eml,
    expected: exp({
      kind: 'user_admin_nomination', ignored: null, organisation: org('J82145', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Lucy Brennan', 'lucy.brennan4@nhs.net'), approver: { ...person('Marcus Fairweather', 'marcus.fairweather@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [],
      traits: ['new_provider', 'distractor_cqc_ids', 'label_value_block', 'plain_text', 'two_line_job_title'],
    }),
  };
}

// ---------------------------------------------------------------- 004: OPTO admin after an optical practice changed hands

function p004(): Entry {
  const seed = 'c14/p004';
  const html = outlookHtml(`${p('Hi,')}
${blank()}
${p('We bought Whitcombe Opticians in Falmouth from Mr Whitcombe in September and it now trades as Harbour Eyecare Falmouth. The GOS contract transferred to Harbour Eyecare Ltd and the practice kept its code, TPM37.')}
${blank()}
${p('Nobody at the practice has the Opto User Management (Organisation) role any more (Mr Whitcombe had it and has retired). As contract holder I&#8217;d like our practice manager at Falmouth to have it:')}
${blank()}
${p('<b>Callum Treloar FBDO</b> &#8211; <a href="mailto:callum.treloar@harboureyecare.co.uk">callum.treloar@harboureyecare.co.uk</a> (GOC 10-41827)')}
${blank()}
${p('He doesn&#8217;t have an nhs.net account yet (we&#8217;re waiting for it), so please use that address for now.')}
${blank()}
${p('For reference my own GOC number is 01-29384, and our Truro practice is TPK19 &#8211; that one&#8217;s fine, nothing needed there.')}
${blank()}
${p('Many thanks')}
${p('Rhiannon')}
${blank()}
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="480" style="width:360pt;border-collapse:collapse">
<tr><td colspan="2" style="border:none;border-bottom:solid #0B5394 1.0pt;padding:0cm 0cm 3pt 0cm">
${p('<b><span style="font-size:11pt;color:#0B5394">Rhiannon Pascoe</span></b><span style="font-size:9pt;color:#0B5394"> BSc (Hons) MCOptom</span>')}
</td></tr>
<tr><td valign="top" style="padding:3pt 6pt 0cm 0cm">
${p('<span style="font-size:9pt">Director &amp; Optometrist</span>')}
${p('<span style="font-size:9pt">Contract Holder &#8211; Harbour Eyecare Ltd</span>')}
</td><td valign="top" style="padding:3pt 0cm 0cm 6pt">
${p('<span style="font-size:9pt">Falmouth: 01326 496 020</span>')}
${p('<span style="font-size:9pt">Truro: 01872 496 310</span>')}
${p('<span style="font-size:9pt">Mobile: 07700 900 237</span>')}
</td></tr>
<tr><td colspan="2" style="padding:3pt 0cm 0cm 0cm">${p('<span style="font-size:8pt;color:#7F7F7F">harboureyecare.co.uk &#183; Harbour Eyecare Ltd, registered in England no. 10928374</span>')}</td></tr>
</table>
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-03T17:44:20Z', from: addr('Rhiannon Pascoe', 'rhiannon.pascoe@nhs.net'), to: PORTAL,
    subject: 'Opto User Management (Organisation) role – Harbour Eyecare Falmouth TPM37',
  }), alternative(seed, html));
  return {
    slug: '004-opto-admin-new-owner-goc-numbers', eml,
    expected: exp({
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPM37', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Callum Treloar', 'callum.treloar@harboureyecare.co.uk'), approver: { ...person('Rhiannon Pascoe', 'rhiannon.pascoe@nhs.net'), role: 'Contract Holder' } },
      mustRaise: [],
      traits: ['new_provider', 'renamed_practice', 'distractor_goc', 'second_code_not_the_request', 'post_nominals', 'html_signature_table', 'several_phones', 'non_nhs_nominee'],
    }),
  };
}

// ---------------------------------------------------------------- 005: PCN admin, ICB approver, fillable form, merged PCN

async function p005(): Promise<Entry> {
  const seed = 'c14/p005';
  const pdf = await pcnAcroForm({
    pcnName: 'Irwell Valley PCN', pcnCode: 'U61742', memberPractices: 'P81033, P81047, P81072, P81118, P81140',
    nomineeName: 'Owen Pritchard', nomineeJob: 'PCN Manager', nomineeEmail: 'owen.pritchard2@nhs.net', nomineePhone: '01706 496 550',
    approverName: 'Bernadette Coyle', approverJob: 'Primary Care Contracts Manager', approverIcb: 'NHS Lancashire and South Cumbria ICB', approverEmail: 'bernadette.coyle@nhs.net', date: '03/12/2026',
  });
  const text = `Good afternoon,

Please see attached the approved PCN User Administrator request for Irwell Valley PCN. I am listed on the NHSE Authorised Email List as an approver for Lancashire and South Cumbria ICB.

For info, Irwell Valley PCN was formed in April 2026 from the merger of Irwell North PCN (U49203) and Irwell South PCN (U61742). The merged PCN kept U61742; U49203 is no longer in use, so any old accounts under it can be ignored.

The nominee is the PCN Manager, Owen Pritchard.

Regards
Bernadette

Bernadette Coyle
Primary Care Contracts Manager
Primary Care Commissioning Team (East Lancashire)
NHS Lancashire and South Cumbria Integrated Care Board
Tel: 01254 496 873 | Teams: Bernadette Coyle
Working pattern: Tues, Wed, Thurs

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-03T13:18:05Z',
    from: addr('COYLE, Bernadette (NHS LANCASHIRE AND SOUTH CUMBRIA ICB - 01A)', 'bernadette.coyle@nhs.net'),
    to: PORTAL, subject: 'Approved PCN user admin request - Irwell Valley PCN U61742', attach: true,
  }), compose(seed, textPart(text), { attachments: [pdfPart('PCN User Admin Request - Irwell Valley.pdf', pdf)] }));
  return {
    slug: '005-pcn-admin-icb-approver-acroform-merged-pcn', eml,
    expected: exp({
      kind: 'user_admin_nomination', ignored: null, organisation: org('U61742', 'pcn'),
      fields: { service: 'PCN', nominee: person('Owen Pritchard', 'owen.pritchard2@nhs.net'), approver: { ...person('Bernadette Coyle', 'bernadette.coyle@nhs.net'), role: 'Primary Care Contracts Manager' } },
      mustRaise: [],
      traits: ['merged_pcn', 'old_and_new_codes', 'pdf_acroform', 'meaningless_field_names', 'member_practice_codes_in_form', 'working_days'],
    }),
  };
}

// ---------------------------------------------------------------- 006: PL admin forwarded inside PCSE by customer support

function p006(): Entry {
  const seed = 'c14/p006';
  const original = `Dear PCSE,

I am the CQC registered manager at Ravenscourt Surgery, practice code M91644.

Please could you set up Gemma Doyle as a PL Organisation Administrator for us: gemma.doyle12@nhs.net. She is our deputy practice manager. At the moment I'm the only PL admin and I'm starting maternity leave in January.

Thanks,
Angela

Angela Moss
Practice Manager & CQC Registered Manager
Ravenscourt Surgery, 9 Ravenscourt Road, Walsall WS3 4QA
angela.moss3@nhs.net | 01922 496 301`;
  const text = `Hi Portal team,

This came into the customer support inbox yesterday afternoon - it's a PL admin request so one for you. I've let the practice know it has been passed over. Please pick up.

Thanks
Daniel

Daniel Ofori
Customer Support Advisor
Primary Care Support England
0333 014 2884

${outlookQuoteHeaderText({ from: 'Ravenscourt Surgery <ravenscourt.surgery@nhs.net>', sent: '03 December 2026 16:42', to: 'PCSE Enquiries <pcse.enquiries@nhs.net>', subject: 'Performers list user admin' })}
${original}

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-04T08:36:40Z',
    from: addr('OFORI, Daniel (PRIMARY CARE SUPPORT ENGLAND)', 'daniel.ofori@nhs.net'),
    to: PORTAL, subject: 'FW: from the customer support team — please pick up: Performers list user admin',
  }), textPart(text));
  return {
    slug: '006-pl-admin-pcse-internal-forward', eml,
    expected: exp({
      kind: 'user_admin_nomination', ignored: null, organisation: org('M91644', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Gemma Doyle', 'gemma.doyle12@nhs.net'), approver: { ...person('Angela Moss', 'angela.moss3@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [],
      traits: ['pcse_internal_forward', 'forwarder_is_not_requester', 'generic_mailbox', 'person_only_in_signature', 'rfc2047_subject'],
    }),
  };
}

// ---------------------------------------------------------------- 007: main contact, caretaker APMS, shared mailbox on behalf

function p007(): Entry {
  const seed = 'c14/p007';
  const html = outlookHtml(`${p('Dear colleagues,')}
${blank()}
${p('Northfleet Community Health CIC has held a caretaker APMS contract for Elmstead Surgery since 16 November 2026 (contract ref. APMS/KM/2026/014), following the resignation of the former partners. The practice code remains Y02741.')}
${blank()}
${p('The main contact PCSE holds for Elmstead is Dr Anil Mehta, who is no longer with the practice. Please change the main contact to our interim Practice Manager:')}
${blank()}
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid #BFBFBF 1.0pt;padding:2pt 6pt">${p('Organisation code')}</td><td style="border:solid #BFBFBF 1.0pt;border-left:none;padding:2pt 6pt">${p('Y02741')}</td></tr>
<tr><td style="border:solid #BFBFBF 1.0pt;border-top:none;padding:2pt 6pt">${p('Name')}</td><td style="border-top:none;border-left:none;border-bottom:solid #BFBFBF 1.0pt;border-right:solid #BFBFBF 1.0pt;padding:2pt 6pt">${p('Sharon Kettley')}</td></tr>
<tr><td style="border:solid #BFBFBF 1.0pt;border-top:none;padding:2pt 6pt">${p('Email')}</td><td style="border-top:none;border-left:none;border-bottom:solid #BFBFBF 1.0pt;border-right:solid #BFBFBF 1.0pt;padding:2pt 6pt">${p('<a href="mailto:sharon.kettley@nhs.net">sharon.kettley@nhs.net</a>')}</td></tr>
</table>
${blank()}
${p('Please reply to this mailbox rather than to me directly, as I am only covering the transition until 31 January.')}
${blank()}
${p('Kind regards')}
${blank()}
${p('<b>Craig Fenwick</b>')}
${p('Contracts &amp; Transition Lead')}
${p('Northfleet Community Health CIC')}
${p('Tel 01474 496 380 | Mob 07700 900 914')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-04T10:02:33Z',
    from: addr('Practice Support - Northfleet Community Health CIC', 'nchcic.practicesupport@nhs.net'),
    sender: addr('FENWICK, Craig (NORTHFLEET COMMUNITY HEALTH CIC)', 'craig.fenwick@nhs.net'),
    to: PORTAL, subject: 'Main contact change - Elmstead Surgery Y02741 (caretaker contract)',
  }), alternative(seed, html));
  return {
    slug: '007-main-contact-caretaker-apms-on-behalf', eml,
    expected: exp({
      kind: 'main_contact_change', ignored: null, organisation: org('Y02741', 'gp_practice'),
      fields: { newMainContact: person('Sharon Kettley', 'sharon.kettley@nhs.net') },
      mustRaise: [],
      traits: ['caretaker_apms', 'sent_on_behalf', 'generic_mailbox', 'html_table', 'distractor_contract_ref', 'old_main_contact_named'],
    }),
  };
}

// ---------------------------------------------------------------- 008: main contact for a pharmacy, from a phone, autocorrect

function p008(): Entry {
  const seed = 'c14/p008';
  const text = `hi there

can you change the main contract for our pharmacy to me please. code is fk381 (Lakeside Pharmacy, Hassle). the previous main contract was Joanne Pryce who left when the new owners took over in oct

my email is dhruv.mistry@nhs.net

thanks
Dhruv (pharmacist manager)`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-05T19:26:51Z', from: addr('Dhruv Mistry', 'dhruv.mistry@nhs.net'), to: PORTAL_BARE, subject: 'Main contact',
  }), iosAlternative(seed, text));
  return {
    slug: '008-main-contact-pharmacy-ios-autocorrect', eml,
    expected: exp({
      kind: 'main_contact_change', ignored: null, organisation: org('FK381', 'pharmacy'),
      fields: { newMainContact: person('Dhruv Mistry', 'dhruv.mistry@nhs.net') },
      mustRaise: [],
      traits: ['mobile_ios', 'lower_case', 'autocorrect', 'no_signature', 'new_provider', 'sender_is_new_contact', 'old_main_contact_named'],
    }),
  };
}

// ---------------------------------------------------------------- 009: main contact for a merged dental practice

function p009(): Entry {
  const seed = 'c14/p009';
  const html = outlookHtml(`${p('Dear Sir/Madam,')}
${blank()}
${p('Castle Street Dental Practice (V284710) and Kingsway Dental Care (V291305) merged on 1 December under a single contract held by myself. The Kingsway premises has closed and its patients have moved to Castle Street. The V291305 contract has been terminated and I understand it will be closed on PCSE Online in due course.')}
${blank()}
${p('For V284710, could you please change the main contact from Mrs Carol Hendry (retired) to our Practice Manager, Priyanka Shah, <a href="mailto:priyanka.shah8@nhs.net">priyanka.shah8@nhs.net</a>.')}
${blank()}
${p('Yours faithfully')}
${blank()}
${p('<b>Dr Farhan Siddiqui</b> BDS MFDS RCS(Ed)')}
${p('Principal Dentist | Castle Street Dental Practice')}
${p('GDC No. 81234')}
${p('14 Castle Street, Shrewsbury, SY1 2BQ')}
${p('Reception 01743 496 505 &#183; Practice mobile 07700 900 846')}
${NHSMAIL_FOOTER_HTML}`, 'Calibri');
  const eml = message(stdHeaders({
    seed, date: '2026-12-02T08:12:09Z', from: addr('Farhan Siddiqui', 'farhan.siddiqui@nhs.net'), to: PORTAL, subject: 'Change of main contact V284710',
  }), alternative(seed, html));
  return {
    slug: '009-main-contact-merged-dental-gdc', eml,
    expected: exp({
      kind: 'main_contact_change', ignored: null, organisation: org('V284710', 'dental_practice'),
      fields: { newMainContact: person('Priyanka Shah', 'priyanka.shah8@nhs.net') },
      mustRaise: [],
      traits: ['merged_practice', 'old_and_new_codes', 'distractor_gdc', 'post_nominals', 'old_main_contact_named', 'several_phones'],
    }),
  };
}

// ---------------------------------------------------------------- 010: verification link, forwarded by customer support on behalf of its mailbox

function p010(): Entry {
  const seed = 'c14/p010';
  const html = outlookHtml(`${p('Morning both,')}
${blank()}
${p('Another misdirected one for Portal Enquiries &#8211; a GP who hasn&#8217;t had her verification link. Please pick up from here; I haven&#8217;t replied to her.')}
${blank()}
${p('Aaliyah')}
${p('<span style="font-size:9pt;color:#595959">Customer Support Centre | Primary Care Support England</span>')}
${blank()}
${outlookQuoteHeader({ from: 'MARSH, Ellen (NORTHGATE & RIVERSIDE PRACTICE) <ellen.marsh@nhs.net>', sent: 'Thursday, December 3, 2026 7:58 PM', to: 'PCSE Enquiries <pcse.enquiries@nhs.net>', subject: 'Verification link not received' })}
${blank()}
${p('Hello,')}
${blank()}
${p('I started as a salaried GP at Northgate &amp; Riverside Practice (C84033) in October, after Northgate Surgery and Riverside Medical Centre merged. I have never received the PCSE Online verification email, so I can&#8217;t register.')}
${blank()}
${p('My details:')}
${p('GMC number: 6138472')}
${p('GMC registered email: <a href="mailto:ellen.marsh@nhs.net">ellen.marsh@nhs.net</a>')}
${p('Smartcard UUID: 555041273918 (in case you need it)')}
${p('NHS Pensions membership no: 04918273')}
${blank()}
${p('Could you send a new link to the above address please?')}
${blank()}
${p('Thank you')}
${p('Dr Ellen Marsh MBChB MRCGP')}
${p('Salaried GP')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-04T09:15:27Z',
    from: addr('PCSE Customer Support', 'pcse.enquiries@nhs.net'),
    sender: addr('KHAN, Aaliyah (PRIMARY CARE SUPPORT ENGLAND)', 'aaliyah.khan7@nhs.net'),
    to: PORTAL, subject: 'FW: from the customer support team — please pick up | Verification link not received',
  }), alternative(seed, html));
  return {
    slug: '010-verification-link-internal-forward-distractors', eml,
    expected: exp({
      kind: 'verification_link_resend', ignored: null, organisation: org('C84033', 'gp_practice'),
      fields: { accountEmail: 'ellen.marsh@nhs.net', gmcNumber: '6138472' },
      mustRaise: [],
      traits: ['pcse_internal_forward', 'forwarder_is_not_requester', 'sent_on_behalf', 'distractor_smartcard', 'distractor_pension', 'merged_practice', 'rfc2047_subject'],
    }),
  };
}

// ---------------------------------------------------------------- 011: verification link, GP partner, rich signature with other numbers

function p011(): Entry {
  const seed = 'c14/p011';
  const html = outlookHtml(`${p('Hi,')}
${blank()}
${p('I think my PCSE Online verification link has expired &#8211; it arrived on 14/09/2026 while I was on leave, and when I clicked it on 29/09/2026 it said the link was no longer valid. Could you send me a new one please?')}
${blank()}
${p('GMC: 7263014')}
${p('GMC email: rashid.hussain1@nhs.net (this address)')}
${blank()}
${p('Not sure if it&#8217;s relevant but our practice changed its name on 1 October from Dr Hussain &amp; Partners to Moorview Surgery; the code B86071 is the same.')}
${blank()}
${p('Thanks')}
${blank()}
<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="padding:0 8pt 0 0;border-right:solid #005EB8 2pt">${p('<b><span style="color:#005EB8">Dr Rashid Hussain</span></b>')}${p('<span style="font-size:8.5pt">MBBS FRCGP DRCOG</span>')}</td>
<td style="padding:0 0 0 8pt">${p('<span style="font-size:9pt">GP Partner &amp; Caldicott Guardian</span>')}${p('<span style="font-size:9pt">Moorview Surgery (B86071)</span>')}${p('<span style="font-size:9pt">Reception 0113 496 0832 | Secretaries 0113 496 0840</span>')}${p('<span style="font-size:9pt">Not in on Wednesdays</span>')}</td></tr>
</table>
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-07T07:48:02Z', from: addr('HUSSAIN, Rashid (MOORVIEW SURGERY)', 'rashid.hussain1@nhs.net'), to: PORTAL,
    subject: 'New verification link please - Dr R Hussain',
  }), alternative(seed, html));
  return {
    slug: '011-verification-link-renamed-practice-dates', eml,
    expected: exp({
      kind: 'verification_link_resend', ignored: null, organisation: org('B86071', 'gp_practice'),
      fields: { accountEmail: 'rashid.hussain1@nhs.net', gmcNumber: '7263014' },
      mustRaise: [],
      traits: ['renamed_practice', 'distractor_dates', 'post_nominals', 'html_signature_table', 'several_phones', 'this_address'],
    }),
  };
}

// ---------------------------------------------------------------- 012: verification link asked for someone else, from an admin mailbox

function p012(): Entry {
  const seed = 'c14/p012';
  const text = `Good morning

Our new GP partner, Dr Oluwaseun Adeyemi, joined us on 1 December and she still hasn't had her PCSE Online verification email. Please can you resend it to her at seun.adeyemi@nhs.net? Her GMC number is 7511298.

She's in clinic all week so asked us to chase it on her behalf.

Thanks
Kerry
Admin Team
Fernleigh Surgery | K81052
Tel 01635 496 200

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-08T08:05:44Z', from: addr('Fernleigh Surgery - Admin', 'fernleigh.admin@nhs.net'), to: PORTAL,
    subject: 'Verification link for our new partner',
  }), textPart(text));
  return {
    slug: '012-verification-link-for-another-gp', eml,
    expected: exp({
      kind: 'verification_link_resend', ignored: null, organisation: org('K81052', 'gp_practice'),
      fields: { accountEmail: 'seun.adeyemi@nhs.net', gmcNumber: '7511298' },
      mustRaise: ['not_own_account'],
      traits: ['generic_mailbox', 'someone_elses_account', 'first_name_only_signature'],
    }),
  };
}

// ---------------------------------------------------------------- 013: unlock, pharmacist, rich signature with GPhC number

function p013(): Entry {
  const seed = 'c14/p013';
  const cid = 'image002.png@01DB6410.9A2B3C40';
  const cid2 = 'image003.png@01DB6410.9A2B3C40';
  const html = outlookHtml(`${p('Hi there,')}
${blank()}
${p('I&#8217;m locked out of PCSE Online &#8211; I mistyped my password too many times this morning and now it says the account is locked. My user name is aisling.byrne2@nhs.net.')}
${blank()}
${p('Greenway Pharmacy (FP417) changed hands on 1 November (we&#8217;re now part of Medicare Health Ltd) and I think I&#8217;m still set up under the old company, but that&#8217;s a separate issue &#8211; for now I just need to get back in to do the month-end.')}
${blank()}
${p('Thanks very much')}
${blank()}
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr>
<td valign="top" style="padding:0cm 8pt 0cm 0cm">${p(`<img width="110" height="32" src="cid:${cid}" alt="Greenway Pharmacy">`)}${p(`<img width="60" height="24" src="cid:${cid2}" alt="NHS">`)}</td>
<td valign="top" style="padding:0cm 0cm 0cm 8pt;border-left:solid #A6A6A6 1pt">
${p('<b>Aisling Byrne</b> <span style="font-size:9pt">MPharm MRPharmS</span> <span style="font-size:8.5pt;color:#808080">(she/her)</span>')}
${p('<span style="font-size:9pt">Pharmacist Manager</span>')}
${p('<span style="font-size:9pt">Greenway Pharmacy &#8211; part of Medicare Health Ltd</span>')}
${p('<span style="font-size:9pt">GPhC reg. 2079918</span>')}
${p('<span style="font-size:9pt">Pharmacy: 0151 496 0411 | Direct: 0151 496 0419 | Mobile: 07700 900 773</span>')}
${p('<span style="font-size:8.5pt;color:#808080">Working days: Mon, Tue, Thu, Fri</span>')}
</td></tr></table>
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-01T09:22:16Z', from: addr('Aisling Byrne', 'aisling.byrne2@nhs.net'), to: PORTAL, subject: 'Account locked - PCSE Online',
  }), compose(seed, alternative(seed, html), { images: [imagePart('image002.png', cid, logoPng('GP', '#1b7f3b', 'Greenway Pharmacy')), imagePart('image003.png', cid2, nhsLogoPng())] }));
  return {
    slug: '013-unlock-pharmacist-gphc-signature', eml,
    expected: exp({
      kind: 'account_unlock', ignored: null, organisation: org('FP417', 'pharmacy'),
      fields: { username: 'aisling.byrne2@nhs.net' },
      mustRaise: [],
      traits: ['new_provider', 'distractor_gphc', 'pronouns', 'inline_logo_cid', 'html_signature_table', 'several_phones', 'working_days', 'post_nominals'],
    }),
  };
}

// ---------------------------------------------------------------- 014: unlock, phone, non-email user name

function p014(): Entry {
  const seed = 'c14/p014';
  const text = `hi, im locked out of pcs online, tried the password too many times. my username is jadewhite@oakhurstsurgery (not my email, it was set up before i had nhs mail). practice is oak hurst surgery L83105. can u unlock pls as need to do the pension forms today`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-09T07:58:30Z', from: addr('Jade White', 'jade.white9@nhs.net'), to: PORTAL_BARE, subject: 'locked out',
  }), iosAlternative(seed, text));
  return {
    slug: '014-unlock-ios-non-email-username', eml,
    expected: exp({
      kind: 'account_unlock', ignored: null, organisation: org('L83105', 'gp_practice'),
      fields: { username: 'jadewhite@oakhurstsurgery' },
      mustRaise: [],
      traits: ['mobile_ios', 'lower_case', 'autocorrect', 'no_signature', 'non_email_username', 'username_differs_from_sender'],
    }),
  };
}

// ---------------------------------------------------------------- 015: reactivation, renamed practice, shared mailbox on behalf

function p015(): Entry {
  const seed = 'c14/p015';
  const html = outlookHtml(`${p('Hello,')}
${blank()}
${p('My PCSE Online account has been deactivated. I think it&#8217;s because I haven&#8217;t logged in since the summer &#8211; we were busy with the name change (we were Dr Cole &amp; Partners until 1 November, now Meadowbank Health Partnership, same code N81093).')}
${blank()}
${p('I&#8217;m the GPP user administrator and the main contact for the practice, so I understand I need to ask you rather than another admin. My user name is kate.sanderson@nhs.net.')}
${blank()}
${p('Please could you reactivate it?')}
${blank()}
${p('Many thanks')}
${p('Kate Sanderson')}
${p('Practice Manager')}
${p('Meadowbank Health Partnership')}
${p('<i><span style="font-size:9pt;color:gray">(sent from the practice admin mailbox)</span></i>')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-03T14:40:00Z',
    from: addr('Meadowbank Health Partnership - Admin', 'meadowbank.hp@nhs.net'),
    sender: addr('SANDERSON, Kate (MEADOWBANK HEALTH PARTNERSHIP)', 'kate.sanderson@nhs.net'),
    to: PORTAL, subject: 'Account deactivated - user admin - N81093',
  }), alternative(seed, html));
  return {
    slug: '015-reactivation-renamed-practice-on-behalf', eml,
    expected: exp({
      kind: 'account_reactivation', ignored: null, organisation: org('N81093', 'gp_practice'),
      fields: { username: 'kate.sanderson@nhs.net' },
      mustRaise: [],
      traits: ['renamed_practice', 'sent_on_behalf', 'generic_mailbox', 'admin_role_stated'],
    }),
  };
}

// ---------------------------------------------------------------- 016: reactivation, dental main contact, IT ticket and contract numbers

function p016(): Entry {
  const seed = 'c14/p016';
  const text = `Dear PCSE,

I'm the main contact for Brynmoor Dental Practice (V147263) on PCSE Online and my account has been deactivated - when I log in it says "Your account has been deactivated, please contact your user administrator". Our IT helpdesk looked at it under ticket INC0984512 on 27/11/2026 and said it isn't a password problem and I need to contact you.

The practice was taken over by Smilecraft Dental Group on 1 August 2026 (our NHS contract number is still 4817320001) and I stayed on as practice manager.

User name: nia.roberts5@nhs.net

Could you reactivate it please? I need to order supplies before Christmas.

Thanks,
Nia Roberts
Practice Manager, Brynmoor Dental Practice (part of Smilecraft Dental Group)
Tel 01244 496 118
Our principal dentist is Dr Gareth Llewellyn BDS (GDC 74120) if you need to verify anything.

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-01T12:09:51Z', from: addr('Nia Roberts', 'nia.roberts5@nhs.net'), to: PORTAL,
    subject: 'Reactivate main contact account - Brynmoor Dental Practice V147263',
  }), textPart(text, '7bit'));
  return {
    slug: '016-reactivation-dental-ticket-contract-numbers', eml,
    expected: exp({
      kind: 'account_reactivation', ignored: null, organisation: org('V147263', 'dental_practice'),
      fields: { username: 'nia.roberts5@nhs.net' },
      mustRaise: [],
      traits: ['new_provider', 'distractor_ticket', 'distractor_contract_ref', 'distractor_gdc', 'distractor_dates', 'plain_text'],
    }),
  };
}

// ---------------------------------------------------------------- 017: role removal, former partner after a takeover

function p017(): Entry {
  const seed = 'c14/p017';
  const html = outlookHtml(`${p('Good afternoon,')}
${blank()}
${p('Castlegate Surgery (D82076) was taken over by Norfolk Community GP Services Ltd on 1 December. Dr Jonathan Reeve was one of the outgoing partners and he no longer works here, but his PCSE Online account still has our practice&#8217;s roles.')}
${blank()}
${p('Please could you remove the following roles from his account (<a href="mailto:jonathan.reeve@nhs.net">jonathan.reeve@nhs.net</a>) for D82076:')}
<ul style="margin-top:0cm" type="disc">
<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">Joiner &amp; Leaver<o:p></o:p></li>
<li class="MsoListParagraph" style="margin-left:0cm;mso-list:l0 level1 lfo1">Practice Estimate and Salary Change<o:p></o:p></li>
</ul>
${p('He should keep his own performer access of course, it&#8217;s only the practice roles.')}
${blank()}
${p('Kind regards')}
${blank()}
${p('<b>Lorraine Atkins</b>')}
${p('Practice Manager')}
${p('<span style="color:#7F7F7F">(Interim &#8211; Norfolk Community GP Services Ltd)</span>')}
${p('Castlegate Surgery, 3 Castlegate, King&#8217;s Lynn PE30 1EJ')}
${p('01553 496 720')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-08T13:51:19Z', from: addr('ATKINS, Lorraine (CASTLEGATE SURGERY)', 'lorraine.atkins@nhs.net'), to: PORTAL,
    subject: 'Remove roles - former partner - Castlegate Surgery D82076',
  }), alternative(seed, html));
  return {
    slug: '017-role-removal-former-partner-takeover', eml,
    expected: exp({
      kind: 'role_removal_request', ignored: null, organisation: org('D82076', 'gp_practice'),
      fields: { username: 'jonathan.reeve@nhs.net', roles: ['Joiner & Leaver', 'Practice Estimate and Salary Change'] },
      mustRaise: [],
      traits: ['new_provider', 'html_list', 'two_line_job_title'],
    }),
  };
}

// ---------------------------------------------------------------- 018: role removal, own account, from a phone

function p018(): Entry {
  const seed = 'c14/p018';
  const text = `Hi could you take the PL practice manager role off my account please, I've moved to the Abbots Langley site since the merge and I don't do the performers list stuff any more. Practice code E82019. Username is my email rebecca.tran@nhs.net
Thanks Becky`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-06T16:14:03Z', from: addr('Becky Tran', 'rebecca.tran@nhs.net'), to: PORTAL_BARE, subject: 'Remove role',
  }), iosAlternative(seed, text));
  return {
    slug: '018-role-removal-own-account-ios', eml,
    expected: exp({
      kind: 'role_removal_request', ignored: null, organisation: org('E82019', 'gp_practice'),
      fields: { username: 'rebecca.tran@nhs.net', roles: ['PL Practice Manager'] },
      mustRaise: [],
      traits: ['mobile_ios', 'no_signature', 'merged_practice', 'nickname_vs_address'],
    }),
  };
}

// ---------------------------------------------------------------- 019: practice email update sent to the wrong mailbox (name change)

function p019(): Entry {
  const seed = 'c14/p019';
  const text = `Hello

Following our change of name from Bridge Street Surgery to Riverside Family Practice on 1 December, our NHSmail shared mailbox has been renamed as well. Please update the practice email address held by PCSE:

Practice name: Riverside Family Practice (formerly Bridge Street Surgery)
Practice code: H81077
Current practice email: bridgestreet.surgery@nhs.net
New practice email: riversidefamily.practice@nhs.net

The old address will stop working at the end of December.

Regards
Martin Osei
Operations Manager
Riverside Family Practice
01483 496 050

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-07T10:30:00Z', from: addr('Riverside Family Practice', 'riversidefamily.practice@nhs.net'), to: PORTAL,
    subject: 'Update practice email address',
  }), textPart(text));
  return {
    slug: '019-practice-email-update-misdirected-renamed', eml,
    expected: exp({
      kind: 'practice_email_update', ignored: null, organisation: org('H81077', 'gp_practice'),
      fields: { currentEmail: 'bridgestreet.surgery@nhs.net', newEmail: 'riversidefamily.practice@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'renamed_practice', 'generic_mailbox', 'sent_from_new_address', 'label_value_block'],
    }),
  };
}

// ---------------------------------------------------------------- 020: question about accounts after a merger

function p020(): Entry {
  const seed = 'c14/p020';
  const html = outlookHtml(`${p('Hello,')}
${blank()}
${p('Westway Surgery (P84052) and Orchard Medical Centre (P84071) are merging on 1 January 2027 and will become Westway &amp; Orchard Medical Group under P84052. I have a couple of questions about PCSE Online before then:')}
${blank()}
${p('1. Our staff have accounts with roles under both codes. Will the roles under P84071 be moved across to P84052 automatically, or will our user admins need to add them again?')}
${p('2. Orchard has a GPP user admin and Westway has two. Will Orchard&#8217;s admin count towards the limit of four for the merged practice?')}
${p('3. Is there anything we need to send you now, or should we wait until the merger date?')}
${blank()}
${p('I&#8217;m not asking for any changes yet, just trying to plan.')}
${blank()}
${p('Thanks in advance')}
${p('Pauline Ledger')}
${p('Business Manager (merger project)')}
${p('Westway Surgery')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-09T11:45:10Z', from: addr('LEDGER, Pauline (WESTWAY SURGERY)', 'pauline.ledger@nhs.net'), to: PORTAL,
    subject: 'Query - PCSE Online accounts after practice merger',
  }), alternative(seed, html));
  return {
    slug: '020-question-accounts-after-merger', eml,
    expected: exp({ kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'merged_practice', 'old_and_new_codes', 'numbered_questions'] }),
  };
}

// ---------------------------------------------------------------- 021: chaser with a PCSE reference

function p021(): Entry {
  const seed = 'c14/p021';
  const ackId = exchangeId('c14/p021/ack', 'CWLP265MB');
  const html = outlookHtml(`${p('Hi,')}
${blank()}
${p('Just chasing this one &#8211; we sent the form on 18 November and had the acknowledgement below, but nothing since. Is there anything else you need from us? Our practice has no GPP admin at the moment, so we can&#8217;t process the new starters.')}
${blank()}
${p('Thanks')}
${blank()}
<table border="0" cellspacing="0" cellpadding="0"><tr><td style="padding:0 10pt 0 0">${p('<b>Neil Ashdown</b>')}${p('<span style="font-size:9pt">Practice Manager</span>')}${p('<span style="font-size:9pt">Kingsmead Practice</span>')}</td><td style="padding:0 0 0 10pt;border-left:solid #999 1pt">${p('<span style="font-size:9pt">T 01376 496 200 (option 5)</span>')}${p('<span style="font-size:9pt">D 01376 496 214</span>')}${p('<span style="font-size:9pt">M 07700 900 391</span>')}</td></tr></table>
${blank()}
${outlookQuoteHeader({ from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: '18 November 2026 14:02', to: 'ASHDOWN, Neil (KINGSMEAD PRACTICE) <neil.ashdown@nhs.net>', subject: 'Your enquiry [PCSE-2026-081344] GPP user admin - Kingsmead Practice' })}
${blank()}
${p('Thank you for contacting Primary Care Support England.')}
${blank()}
${p('Your enquiry reference is PCSE-2026-081344. Please quote this reference in any further correspondence about this enquiry. We aim to respond within 10 working days.')}
${blank()}
${p('Kind regards')}
${p('PCSE Portal Enquiries')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-08T15:03:44Z', from: addr('ASHDOWN, Neil (KINGSMEAD PRACTICE)', 'neil.ashdown@nhs.net'), to: PORTAL,
    subject: 'RE: Your enquiry [PCSE-2026-081344] GPP user admin - Kingsmead Practice', inReplyTo: ackId, references: ackId,
    threadTopic: 'Your enquiry [PCSE-2026-081344] GPP user admin - Kingsmead Practice',
  }), alternative(seed, html));
  return {
    slug: '021-chaser-with-reference-gpp-form', eml,
    expected: exp({ kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser_with_ref', 'quoted_acknowledgement', 'several_phones', 'html_signature_table'] }),
  };
}

// ---------------------------------------------------------------- 022: out-of-office reply

function p022(): Entry {
  const seed = 'c14/p022';
  const pcseId = exchangeId('c14/p022/orig', 'CWLP265MB');
  const html = outlookHtml(`${p('Thank you for your email.')}
${blank()}
${p('I am on annual leave from Monday 7 December, returning on Monday 14 December 2026, with no access to email.')}
${blank()}
${p('For anything urgent please contact the practice on 01905 496 300 or email the admin team at <a href="mailto:severnside.admin@nhs.net">severnside.admin@nhs.net</a>. For PCSE Online main contact or user admin queries please contact Dr Lewis (<a href="mailto:gareth.lewis4@nhs.net">gareth.lewis4@nhs.net</a>).')}
${blank()}
${p('Heather Quinlan')}
${p('Practice Manager, Severnside Medical Practice (M81066)')}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-07T09:00:04Z', from: addr('QUINLAN, Heather (SEVERNSIDE MEDICAL PRACTICE)', 'heather.quinlan@nhs.net'), to: PORTAL,
    subject: 'Automatic reply: Your enquiry [PCSE-2026-079921] Main contact change', inReplyTo: pcseId, references: pcseId,
    threadTopic: 'Your enquiry [PCSE-2026-079921] Main contact change',
    extra: [['Auto-Submitted', 'auto-generated'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'heather.quinlan@nhs.net']],
  }), alternative(seed, html));
  return {
    slug: '022-out-of-office-auto-reply', eml,
    expected: exp({ kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'reference_in_subject', 'addresses_in_body'] }),
  };
}

// ---------------------------------------------------------------- 023: a question forwarded inside PCSE

function p023(): Entry {
  const seed = 'c14/p023';
  const text = `Hi team - forwarded from the customer support inbox, it's a question about who signs for a caretaker practice so I think it's yours. Please pick up.

Thanks
Precious

Precious Mensah | Customer Support Advisor | Primary Care Support England

${outlookQuoteHeaderText({ from: 'LINDEN LODGE SURGERY (NHS BIRMINGHAM AND SOLIHULL ICB - 15E) <lindenlodge.surgery@nhs.net>', sent: '07 December 2026 12:20', to: 'PCSE Enquiries <pcse.enquiries@nhs.net>', subject: 'Who signs forms under caretaker contract?' })}
Hello,

Linden Lodge Surgery (M88029) has been under a caretaker contract with Solihull Primary Care Alliance since the partners resigned in October, so there are no GP partners any more - just salaried and locum GPs employed by the Alliance.

Who is allowed to sign the GPP user administrator certification form and the Open Exeter primary user form in this situation? Would the Alliance's medical director count, even though she isn't based here?

We haven't sent anything yet, we just want to get it right first time.

Kind regards
Beverley Knott
Operations Lead, Linden Lodge Surgery

${NHSMAIL_FOOTER}`;
  const eml = message(stdHeaders({
    seed, date: '2026-12-08T09:31:12Z', from: addr('MENSAH, Precious (PRIMARY CARE SUPPORT ENGLAND)', 'precious.mensah@nhs.net'), to: PORTAL,
    subject: 'FW: from the customer support team — please pick up: Who signs forms under caretaker contract?',
  }), textPart(text));
  return {
    slug: '023-question-caretaker-signatory-internal-forward', eml,
    expected: exp({ kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'pcse_internal_forward', 'caretaker_apms', 'forwarder_is_not_requester', 'rfc2047_subject'] }),
  };
}

// ---------------------------------------------------------------- 024: Open Exeter permissions sent to the portal mailbox

function p024(): Entry {
  const seed = 'c14/p024';
  const html = outlookHtml(`${p('Dear PCSE,')}
${blank()}
${p('Please could you add the <b>Prior Notification List</b> and <b>Cervical Screening Results Enquiry</b> permissions in Open Exeter for our practice nurse, Marta Kowalczyk. Her Open Exeter user name is KOWALCZYKM and her email is <a href="mailto:marta.kowalczyk@nhs.net">marta.kowalczyk@nhs.net</a>.')}
${blank()}
${p('She has taken over the smear recall work from the Eastgate site since St Aidan&#8217;s and Eastgate merged. I am a GP Partner here.')}
${blank()}
${p('With thanks')}
${blank()}
${p('<b>Dr Oliver Brandt</b> MBChB FRCGP')}
${p('GP Partner | GP Trainer')}
${p('St Aidan&#8217;s Medical Practice (A89016)')}
${p('GMC 4417290')}
${p('Practice 0191 496 0620 | Secretaries 0191 496 0628')}
${NHSMAIL_FOOTER_HTML}`);
  const eml = message(stdHeaders({
    seed, date: '2026-12-04T16:20:37Z', from: addr("BRANDT, Oliver (ST AIDAN'S MEDICAL PRACTICE)", 'oliver.brandt@nhs.net'), to: PORTAL,
    subject: 'Open Exeter access for our practice nurse',
  }), alternative(seed, html));
  return {
    slug: '024-open-exeter-permissions-misdirected', eml,
    expected: exp({
      kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('A89016', 'gp_practice'),
      fields: {
        user: { name: 'Marta Kowalczyk', email: 'marta.kowalczyk@nhs.net', username: 'KOWALCZYKM' },
        permissions: ['Prior Notification List', 'Cervical Screening Results Enquiry'],
        signatory: { ...person('Oliver Brandt', 'oliver.brandt@nhs.net'), role: 'gp_partner' },
      },
      mustRaise: [],
      traits: ['misdirected', 'merged_practice', 'distractor_gmc', 'post_nominals', 'two_job_titles'],
    }),
  };
}

export async function portalEntries(): Promise<Entry[]> {
  return [
    await p001(), await p002(), p003(), p004(), await p005(), p006(), p007(), p008(), p009(), p010(), p011(), p012(),
    p013(), p014(), p015(), p016(), p017(), p018(), p019(), p020(), p021(), p022(), p023(), p024(),
  ];
}

