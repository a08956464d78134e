// portalenquiries: user-administrator nominations, main contacts, verification links, locked and deactivated
// accounts, role removals, and what else lands there, as small independent contractors write them.
import { gppOnePage, gppThreePages, letter, pcnForm } from './forms.js';
import {
  type Email, MAILBOX_ADDRESS, MAILBOX_NAME, NHSMAIL_FOOTER_HTML, NHSMAIL_FOOTER_TEXT, addr, attachment, escHtml, ew, htmlToText, longDate,
  make, multi, org, outlookHtml, outlookQuoteHead, p, person, sigTable, text,
} from './lib.js';
import { acroPdf, flatPdf, imagePdf } from './pdfs.js';
import { phonePhoto, renderSheet } from './scans.js';

const MB = 'portalenquiries' as const;
const TO = addr(MAILBOX_NAME[MB], MAILBOX_ADDRESS[MB]);
const PDF = 'application/pdf';

export async function portal(): Promise<Email[]> {
  const out: Email[] = [];

  // 001 ---------------------------------------------------------------- OPTO admin, all lower case, one long sentence
  out.push(make({
    mailbox: MB, slug: '001-opto-admin-lowercase-runon',
    env: { client: 'iphone', from: addr('Kiran Bhogal', 'kiran@bhogaleyecare.co.uk'), fromEmail: 'kiran@bhogaleyecare.co.uk', to: TO, subject: 'user admin for our practice', date: '2026-11-09T19:42:10Z', auth: 'none' },
    body: () => text(`hi there

i am the contract holder for bhogal eye care ltd, ods code tpk41 and we dont have any user admin for ophthalmic payments on pcse online since our old manager left in the summer so i would like my wife sukhpreet kaur bhogal to be the opto user admin for our practice her email is sukhpreet@bhogaleyecare.co.uk she is our dispensing optician and does all the claims anyway so she is the right person, i am ok with this as contract holder if you need anything else just call me on 0121 496 0132 thanks

kiran

kiran bhogal bsc mcoptom
optometrist
bhogal eye care ltd
214 soho road handsworth birmingham b21 9lr

Sent from my iPhone`, { charset: 'us-ascii', cte: '7bit', quoteCharset: false }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPK41', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Sukhpreet Kaur Bhogal', 'sukhpreet@bhogaleyecare.co.uk'), approver: { ...person('Kiran Bhogal', 'kiran@bhogaleyecare.co.uk'), role: 'contract holder' } },
      mustRaise: [], traits: ['all_lowercase', 'run_on', 'non_nhs_sender', 'lower_case_ods', 'approver_is_sender', 'family_nominee'],
    },
  }));

  // 002 ---------------------------------------------------------------- PL admin, domiciliary-only, HTML-only, letter PDF
  {
    const pdf = await flatPdf([letter({
      head: ['HomeSight Domiciliary Opticians Ltd', 'NHS sight tests in your own home  |  Unit 6, Brookside Business Park, Stoke-on-Trent ST4 4LB', 'Tel 01782 555 640  |  office@homesight-domiciliary.co.uk  |  ODS code TPW18'],
      to: ['Primary Care Support England', 'Portal Enquiries', 'by email: pcse.portalenquiries@nhs.net'],
      dateLine: '16 November 2026',
      re: 'Re: Nomination of PL Organisation User Administrator - HomeSight Domiciliary Opticians Ltd (TPW18)',
      paras: [
        'Dear Sir or Madam,',
        'I, Adaeze Nwachukwu-Okafor, am the contract holder for HomeSight Domiciliary Opticians Ltd, a domiciliary-only ophthalmic contractor (ODS code TPW18). We do not currently have a Performers List user administrator in PCSE Online.',
        'I nominate the following member of our staff for the PL Organisation User Administration role for our organisation:',
        'Name: Miss Blessing Oyelaran-Ajayi',
        'Job title: Office Coordinator',
        'Email: blessing.oyelaran@homesight-domiciliary.co.uk',
        'Telephone: 01782 555 641',
        'Blessing will look after the Performers List roles for our visiting optometrists. Please contact me if you need anything further.',
      ],
      signOff: 'Yours faithfully,',
      sigName: 'Adaeze Nwachukwu-Okafor',
      sigLines: ['Contract Holder', 'HomeSight Domiciliary Opticians Ltd'],
      seed: 2002,
    })], { title: 'PL admin nomination letter', author: 'Adaeze', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', date: '2026-11-16T13:05:00Z' }, { serif: true });
    const html = outlookHtml([
      p('Good afternoon,'),
      p(''),
      p('Please find attached our letter nominating Blessing as PL Organisation User Administrator for HomeSight Domiciliary Opticians. We are a domiciliary-only provider (no shop, only the office) and our locum optometrists keep asking us to approve their performers list changes but nobody here have the access.'),
      p(''),
      p('Kindly let me know if anything else is required.'),
      p(''),
      p('Warm regards,'),
      p(''),
      sigTable('Adaeze Nwachukwu-Okafor', ['Contract Holder', 'HomeSight Domiciliary Opticians Ltd', 'Unit 6, Brookside Business Park, Stoke-on-Trent ST4 4LB', 'T: 01782 555 640', '<a href="https://www.homesight-domiciliary.co.uk">www.homesight-domiciliary.co.uk</a>'], '#7A2E8E', 'HomeSight'),
    ].join('\n'), { font: 'Calibri' });
    out.push(make({
      mailbox: MB, slug: '002-pl-admin-domiciliary-letter-pdf',
      env: { client: 'outlook', from: addr('Adaeze Nwachukwu-Okafor', 'adaeze@homesight-domiciliary.co.uk'), fromEmail: 'adaeze@homesight-domiciliary.co.uk', to: TO, subject: 'Nomination - PL Organisation User Administrator - HomeSight (TPW18)', date: '2026-11-16T13:11:37Z' },
      body: (b) => multi('mixed', b(1), [text(html, { html: true }), attachment(pdf, PDF, 'HomeSight PL admin nomination.pdf', { sizeParam: true })]),
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: org('TPW18', 'ophthalmic_practice'),
        fields: { service: 'PL', nominee: person('Blessing Oyelaran-Ajayi', 'blessing.oyelaran@homesight-domiciliary.co.uk'), approver: { ...person('Adaeze Nwachukwu-Okafor', 'adaeze@homesight-domiciliary.co.uk'), role: 'Contract Holder' } },
        mustRaise: [], traits: ['html_only', 'outlook_html', 'signature_table', 'pdf_text', 'letter', 'domiciliary', 'hyphenated_surname', 'non_nhs_sender'],
      },
    }));
  }

  // 003 ---------------------------------------------------------------- GPP admin, form photographed by a phone
  {
    const sheet = renderSheet(gppOnePage({
      practiceName: 'Marsh Lane Surgery', practiceCode: 'P81742', practiceAddress: '2 Marsh Lane, Preston PR1 8UQ', title: 'Mrs', firstName: 'Ewa', surname: 'Kowalczyk-Nowak',
      jobTitle: 'Practice Manager', email: 'ewa.kowalczyk-nowak@nhs.net', phone: '01772 555 301', approverName: 'Dr Oluwafemi Adeyemi-Cole', approverRole: 'GP Principal',
      approverEmail: 'oluwafemi.adeyemi-cole@nhs.net', signed: true, date: '09/11/2026', seed: 3003,
    }), 200, 3003);
    const shot = phonePhoto(sheet, 3003, { tilt: -0.028, keystone: 0.06 });
    const pdf = await imagePdf([shot], { title: 'Scanned Document', creator: 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', producer: 'iOS Version 18.1 (Build 22B83) Quartz PDFContext', date: '2026-11-09T21:02:00Z' });
    out.push(make({
      mailbox: MB, slug: '003-gpp-admin-phone-photo',
      env: { client: 'iphone', from: addr('ADEYEMI-COLE, Oluwafemi (MARSH LANE SURGERY)', 'oluwafemi.adeyemi-cole@nhs.net'), fromEmail: 'oluwafemi.adeyemi-cole@nhs.net', to: TO, subject: 'GPP form', date: '2026-11-09T21:04:51Z' },
      body: (b) => multi('mixed', b(1), [
        text(`Hello

Please find attached the GPP user admin form for our practice signed by me. Apologies it is a photo, our scanner is not working this week.

Dr O. Adeyemi-Cole
Marsh Lane Surgery

Sent from my iPhone`, { charset: 'us-ascii', cte: '7bit', quoteCharset: false }),
        attachment(pdf, PDF, 'Scanned Document.pdf', { inline: false }),
      ]),
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: org('P81742', 'gp_practice'),
        fields: { service: 'GPP', nominee: person('Ewa Kowalczyk-Nowak', 'ewa.kowalczyk-nowak@nhs.net'), approver: { ...person('Oluwafemi Adeyemi-Cole', 'oluwafemi.adeyemi-cole@nhs.net'), role: 'GP Principal' } },
        mustRaise: [], traits: ['pdf_scan', 'phone_photo', 'terse', 'nhsmail_display_name', 'hyphenated_surname', 'details_only_in_pdf', 'single_handed'],
      },
    }));
  }

  // 004 ---------------------------------------------------------------- GPP admin, fillable form not flattened, sent by the IT supplier
  {
    const pdf = await acroPdf(gppThreePages({
      practiceName: 'The Village Surgery', practiceCode: 'N82117', practiceAddress: '1 Church Walk\nHale Village, Liverpool L24 4AN', title: 'Ms', firstName: 'Olena', surname: 'Hrytsenko',
      jobTitle: 'Receptionist / Administrator', email: 'olena.hrytsenko@nhs.net', phone: '0151 555 0192', approverName: 'Dr Meera Sharma-Patel', approverRole: 'GP Partner',
      approverEmail: 'meera.sharma-patel@nhs.net', signed: true, date: '13/11/2026', seed: 4004,
    }), { title: 'GPP Practice User Administrator Certification Form', creator: 'Adobe Acrobat Pro (64-bit) 24.4.20272', producer: 'Adobe Acrobat Pro (64-bit) 24.4.20272', date: '2026-11-13T10:20:00Z' });
    const html = outlookHtml([
      p('Hi PCSE team,'),
      p(''),
      p('We provide IT support to The Village Surgery (N82117). Dr Sharma-Patel asked us to send you the attached GPP Practice User Administrator certification form, as the practice has no admin staff at the moment and the form would not attach from her NHSmail on the clinical system PC.'),
      p(''),
      p('The form was filled in electronically (the fields are still editable, we could not flatten it &#8211; sorry). Dr Sharma-Patel is copied in and can confirm.'),
      p(''),
      p('<b>Please reply to the practice / Dr Sharma-Patel directly, not to this service desk address.</b>'),
      p(''),
      p('Kind regards,'),
      p(''),
      sigTable('Tomasz Zieliński', ['Service Desk Analyst', 'Tekcare IT Solutions Ltd', 'Unit 3, Speke Hall Industrial Estate, Liverpool L24 9HZ', 'Service desk: 0151 555 0400 | servicedesk@tekcare-it.co.uk', 'Ticket: TK-48812'], '#E0651B', 'tekcare'),
      p(''),
      p('<span style="font-size:7.5pt;color:gray">Tekcare IT Solutions Ltd is registered in England and Wales, company no. 08812345. This email and any attachments are confidential.</span>'),
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '004-gpp-admin-acroform-it-supplier',
      env: {
        client: 'outlook', from: addr('Tomasz Zieliński | Tekcare IT', 'servicedesk@tekcare-it.co.uk'), fromEmail: 'servicedesk@tekcare-it.co.uk', to: TO,
        cc: addr('SHARMA-PATEL, Meera (THE VILLAGE SURGERY)', 'meera.sharma-patel@nhs.net'),
        subject: 'GPP Practice User Administrator form - The Village Surgery N82117 [Ticket#TK-48812]', date: '2026-11-13T10:34:02Z',
      },
      body: (b) => multi('mixed', b(4), [
        multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
        attachment(pdf, PDF, 'GPP PUA Certification - Village Surgery.pdf', { sizeParam: true }),
      ]),
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: org('N82117', 'gp_practice'),
        fields: { service: 'GPP', nominee: person('Olena Hrytsenko', 'olena.hrytsenko@nhs.net'), approver: { ...person('Meera Sharma-Patel', 'meera.sharma-patel@nhs.net'), role: 'GP Partner' } },
        mustRaise: [], traits: ['pdf_acroform', 'not_flattened', 'extra_pages', 'on_behalf_it_supplier', 'signature_table', 'distractor_person', 'rfc2047_from', 'ticket_ref_not_pcse'],
      },
    }));
  }

  // 005 ---------------------------------------------------------------- PL admin, ALL CAPS, CQC registered manager
  out.push(make({
    mailbox: MB, slug: '005-pl-admin-all-caps-cqc',
    env: { client: 'outlook', from: addr('KHAN, Hafeez (ALBION STREET MEDICAL CENTRE)', 'hafeez.khan1@nhs.net'), fromEmail: 'hafeez.khan1@nhs.net', to: TO, subject: 'PL ORGANISATION ADMINISTRATOR REQUEST - L83092', date: '2026-11-10T07:58:12Z' },
    body: () => text(`DEAR SIR/MADAM

PLEASE CAN YOU SET UP A PL ORGANISATION ADMINISTRATOR FOR OUR PRACTICE AS WE HAVE NONE AT THE MOMENT. WE ARE A SINGLE HANDED PRACTICE.

PRACTICE: ALBION STREET MEDICAL CENTRE
CODE: L83092

THE PERSON IS MRS NASRIN BEGUM-CHOUDHURY, EMAIL NASRIN.BEGUM-CHOUDHURY@NHS.NET, SHE IS OUR PRACTICE MANAGER. HER NUMBER 0161 555 7720.

I AM THE CQC REGISTERED MANAGER FOR THE PRACTICE AND I APPROVE THIS.

REGARDS

DR HAFEEZ KHAN
CQC REGISTERED MANAGER / GP
ALBION STREET MEDICAL CENTRE, 3 ALBION STREET, OLDHAM OL1 3BD

${NHSMAIL_FOOTER_TEXT}`, { charset: 'us-ascii', cte: '7bit' }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('L83092', 'gp_practice'),
      fields: { service: 'PL', nominee: person('Nasrin Begum-Choudhury', 'nasrin.begum-choudhury@nhs.net'), approver: { ...person('Hafeez Khan', 'hafeez.khan1@nhs.net'), role: 'CQC Registered Manager' } },
      mustRaise: [], traits: ['all_caps', 'plain_text_only', 'nhsmail_display_name', 'hyphenated_surname', 'approver_is_sender', 'single_handed'],
    },
  }));

  // 006 ---------------------------------------------------------------- PCN admin, ICB approver forwards the PCN's request, table PDF
  {
    const pdf = await flatPdf(pcnForm({
      pcnName: 'Three Rivers Rural PCN', pcnCode: 'U34518', memberPractices: "Clun Valley Surgery; Bishop's Castle Practice; Church Stretton MC",
      nomineeName: 'Chidi Eze', nomineeRole: 'PCN Digital and Transformation Lead', nomineeEmail: 'chidi.eze1@nhs.net', nomineePhone: '01588 555 730',
      requestedBy: 'Joanna Wójcik-Evans, PCN Manager', icbName: 'NHS Shropshire, Telford and Wrekin ICB', approverName: 'Rebecca Osei-Tutu',
      approverRole: 'Primary Care Commissioning Manager', approverEmail: 'rebecca.osei-tutu@nhs.net', aelConfirmed: true, date: '17/11/2026', seed: 6006,
    }), { title: 'PCN User Administrator request', creator: 'Writer', producer: 'LibreOffice 7.6', date: '2026-11-17T09:00:00Z' });
    const origHtml = `${p('Dear Rebecca,')}
${p('')}
${p('As we discuss on Teams last week, please find the form for our new PCN user admin. Since Gareth left in September nobody in PCN can do user management on PCSE Online and our ARRS claims are stuck. Chidi is our Digital &amp; Transformation Lead and he will do it. Can you approve and send to PCSE please because they only accept from ICB.')}
${p('')}
${p('Many thanks,')}
${p('Joanna')}
${p('')}
${p('<b>Joanna Wójcik-Evans</b><br>PCN Manager | Three Rivers Rural PCN<br>Mob 07700 900 418')}`;
    const html = outlookHtml([
      p('Good morning PCSE,'),
      p(''),
      p('Please see below and attached a PCN user administrator request from Three Rivers Rural PCN (U34518), which I have approved. I am listed as an approver on the NHSE Authorised Email List for NHS Shropshire, Telford and Wrekin ICB.'),
      p(''),
      p('Kind regards'),
      p(''),
      p('<b>Rebecca Osei-Tutu</b>'),
      p('Primary Care Commissioning Manager'),
      p('NHS Shropshire, Telford and Wrekin ICB'),
      p('Halesfield 6, Telford TF7 4BF'),
      p(''),
      outlookQuoteHead({ from: 'WOJCIK-EVANS, Joanna (THREE RIVERS RURAL PCN) <joanna.wojcik-evans@nhs.net>', sent: longDate('2026-11-12T16:20:00Z'), to: 'OSEI-TUTU, Rebecca (NHS SHROPSHIRE, TELFORD AND WREKIN ICB) <rebecca.osei-tutu@nhs.net>', subject: 'PCN user admin form - Three Rivers Rural PCN' }),
      p(''),
      origHtml,
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '006-pcn-admin-icb-forwards-pdf',
      env: {
        client: 'outlook', from: addr('OSEI-TUTU, Rebecca (NHS SHROPSHIRE, TELFORD AND WREKIN ICB)', 'rebecca.osei-tutu@nhs.net'), fromEmail: 'rebecca.osei-tutu@nhs.net', to: TO,
        cc: addr('WOJCIK-EVANS, Joanna (THREE RIVERS RURAL PCN)', 'joanna.wojcik-evans@nhs.net'), subject: 'FW: PCN user admin form - Three Rivers Rural PCN', date: '2026-11-17T09:26:44Z',
      },
      body: (b) => multi('mixed', b(4), [
        multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
        attachment(pdf, PDF, 'PCN UA request - Three Rivers.pdf', { sizeParam: true }),
      ]),
      expected: {
        kind: 'user_admin_nomination', ignored: null, organisation: org('U34518', 'pcn'),
        fields: { service: 'PCN', nominee: person('Chidi Eze', 'chidi.eze1@nhs.net'), approver: { ...person('Rebecca Osei-Tutu', 'rebecca.osei-tutu@nhs.net'), role: 'Primary Care Commissioning Manager' } },
        mustRaise: [], traits: ['pdf_text', 'pdf_table', 'forwarded_thread', 'outlook_html', 'non_native_english', 'distractor_person', 'nhsmail_display_name'],
      },
    }));
  }

  // 007 ---------------------------------------------------------------- PCN admin approved by the clinical director, not the ICB
  out.push(make({
    mailbox: MB, slug: '007-pcn-admin-cd-not-icb',
    env: { client: 'android-outlook', from: addr('Dr Emmanuel Asante', 'e.asante@nhs.net'), fromEmail: 'e.asante@nhs.net', to: TO, subject: 'PCN user admin - Wyre Coast PCN U71206 - URGENT', date: '2026-11-18T22:07:31Z', importance: true },
    body: () => text(`Dear PCSE

I am Clinical Director of Wyre Coast PCN (PCN code U71206), we are a small PCN of 3 practices. We have no PCN user admin on PCSE Online since our manager left and the PCN now cannot do anything on the portal. I understand the form must be approved by the ICB approver on the AEL but we have emailed the ICB 3 times in 4 weeks and no one reply us. I am not from the ICB and I am not on the AEL list but as Clinical Director I approve this request myself and I take responsibility, please can you accept this.

Nominated person: Xiaoling Chen, PCN Operations Manager, xiaoling.chen@nhs.net, 01253 555 418

Thank you for your understanding.

Dr Emmanuel Asante
Clinical Director, Wyre Coast PCN

Get Outlook for Android`, { charset: 'utf-8', cte: 'quoted-printable' }),
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('U71206', 'pcn'),
      fields: { service: 'PCN', nominee: person('Xiaoling Chen', 'xiaoling.chen@nhs.net'), approver: { ...person('Emmanuel Asante', 'e.asante@nhs.net'), role: 'Clinical Director' } },
      mustRaise: ['approver_not_on_ael'], traits: ['non_native_english', 'approver_is_sender', 'high_importance', 'plain_text_only'],
    },
  }));

  // 008 ---------------------------------------------------------------- OPTO admin, dictated, would be the fifth
  out.push(make({
    mailbox: MB, slug: '008-opto-admin-dictated-fifth',
    env: { client: 'samsung', from: addr('Rajesh Venkataraman', 'rajesh@clearviewopticians.co.uk'), fromEmail: 'rajesh@clearviewopticians.co.uk', to: TO, subject: 'Another user admin please', date: '2026-11-11T12:48:05Z', auth: 'none' },
    body: (b) => {
      const plain = `Hello PCSE team full stop I hope you are well full stop we are independent opticians in Leicester called Clearview opticians and our ODS code is TPD63 full stop at the moment we have four user add mins for off thalmic payments comma they are myself comma Priya Venkataraman comma Daniel Oduro and Agnieszka Lis full stop Agnieszka is going on maternity leave in January so I would like to add our new manager Farhan Siddiqui as a user admin for optical payments as well please full stop his email is farhan.siddiqui@clearviewopticians.co.uk full stop I am the contract holder so I am happy to approve it full stop new paragraph thank you very much regards Rajesh

Rajesh Venkataraman
Optometrist
Clearview Opticians, 61 Narborough Road, Leicester LE3 0LE



Sent from my Galaxy`;
      const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">${escHtml(plain).replace(/\n/g, '<br>')}</div></body></html>`;
      return multi('alternative', b(0), [text(plain, { charset: 'utf-8', cte: 'base64' }), text(html, { html: true, charset: 'utf-8', cte: 'base64' })]);
    },
    expected: {
      kind: 'user_admin_nomination', ignored: null, organisation: org('TPD63', 'ophthalmic_practice'),
      fields: { service: 'OPTO', nominee: person('Farhan Siddiqui', 'farhan.siddiqui@clearviewopticians.co.uk'), approver: { ...person('Rajesh Venkataraman', 'rajesh@clearviewopticians.co.uk'), role: 'contract holder' } },
      mustRaise: ['admin_limit_reached'], traits: ['dictated', 'misheard_words', 'base64_body', 'distractor_person', 'approver_is_sender', 'non_nhs_sender'],
    },
  }));

  // 009 ---------------------------------------------------------------- main contact, independent pharmacy, windows-1252
  {
    const plain = `Dear Sir / Madam,

I am owner and superintendent of Al-Shifa Pharmacy (small independent, only one pharmacy), ODS code FH731.

Our main contact in your system is still Mr. Saeed Anwar (saeed.anwar@nhs.net) who was our pharmacist manager, he is leaving us end of this month. Please to change the main contact to our new pharmacist manager Ms Hana Yusuf-Idris, her email is hana.yusufidris@nhs.net – she start with us from 1st December and she will do the ordering.

I am very thankful for your help.

Best regards

Mahmoud Al-Rashidi
Superintendent Pharmacist
Al-Shifa Pharmacy, 77 Cheetham Hill Road, Manchester M8 8LA
Tel: 0161 555 2731`;
    const html = outlookHtml(plain.split('\n').map((l) => p(escHtml(l))).join('\n'), { font: 'Calibri' }).replace('charset=utf-8', 'charset=windows-1252');
    out.push(make({
      mailbox: MB, slug: '009-main-contact-pharmacy-cp1252',
      env: { client: 'outlook', from: addr('Mahmoud Al-Rashidi', 'm.alrashidi@nhs.net'), fromEmail: 'm.alrashidi@nhs.net', to: TO, subject: ew('Change of main contact – Al-Shifa Pharmacy FH731', 'Q', 'windows-1252'), date: '2026-11-19T10:02:48Z' },
      body: (b) => multi('alternative', b(0), [text(plain, { charset: 'windows-1252' }), text(html, { html: true, charset: 'windows-1252' })]),
      expected: {
        kind: 'main_contact_change', ignored: null, organisation: org('FH731', 'pharmacy'),
        fields: { newMainContact: person('Hana Yusuf-Idris', 'hana.yusufidris@nhs.net') },
        mustRaise: [], traits: ['windows_1252', 'rfc2047_subject', 'non_native_english', 'distractor_person', 'hyphenated_surname'],
      },
    }));
  }

  // 010 ---------------------------------------------------------------- main contact, single-handed dentist, HTML-only bold labels
  {
    const html = outlookHtml([
      p('Hello,'),
      p(''),
      p('Please change main contact for my practice. Details below:'),
      p(''),
      p('<b>Organisation code:</b><br>V014728<br><b>Practice name:</b><br>Popescu Dental Care<br><b>Current main contact:</b><br>Ioana Popescu-Marin (me)<br><b>New main contact name:</b><br>Gabriela Stanciu<br><b>New main contact email:</b><br><a href="mailto:gabriela.stanciu@nhs.net">gabriela.stanciu@nhs.net</a>'),
      p(''),
      p('I am single handed dentist and I have no time for the orders, Gabriela is my dental nurse and she will do supplies from now.'),
      p(''),
      p('Thank you'),
      p(''),
      sigTable('Dr Ioana Popescu-Marin', ['Principal Dentist, BDS (Bucharest)', 'Popescu Dental Care', '18 Fore Street, Redruth TR15 2AE', 'Tel 01209 555 381'], '#0F7B6C', '🦷'),
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '010-main-contact-dental-html-labels',
      env: { client: 'owa', from: addr('Ioana Popescu-Marin', 'ioana.popescu@nhs.net'), fromEmail: 'ioana.popescu@nhs.net', to: TO, subject: 'main contact change V014728', date: '2026-11-20T18:15:09Z' },
      body: () => text(html, { html: true }),
      expected: {
        kind: 'main_contact_change', ignored: null, organisation: org('V014728', 'dental_practice'),
        fields: { newMainContact: person('Gabriela Stanciu', 'gabriela.stanciu@nhs.net') },
        mustRaise: [], traits: ['html_only', 'bold_labels_br', 'signature_table', 'distractor_person', 'single_handed', 'non_native_english'],
      },
    }));
  }

  // 011 ---------------------------------------------------------------- main contact, daughter writes for her father
  {
    const plain = `Hi,

I'm writing on behalf of my father Dr Chukwuma Obi who owns Obi Family Dental in Croydon (practice code V092351). He doesn't really do emails so I help him with the admin side.

He would like the main contact for the practice changed to Mrs Funmilayo Adeyinka, who is now the practice manager. Her email is f.adeyinka@nhs.net

Dad is copied in so he can confirm this is OK.

Thanks very much,
Amara Obi
(on behalf of Dr C. Obi, Obi Family Dental, 240 London Road, Croydon CR0 2TA)`;
    const html = `<div dir="ltr"><div>Hi,</div><div><br></div><div>I'm writing on behalf of my father Dr Chukwuma Obi who owns Obi Family Dental in Croydon (practice code V092351). He doesn't really do emails so I help him with the admin side.</div><div><br></div><div>He would like the main contact for the practice changed to Mrs Funmilayo Adeyinka, who is now the practice manager. Her email is <a href="mailto:f.adeyinka@nhs.net">f.adeyinka@nhs.net</a></div><div><br></div><div>Dad is copied in so he can confirm this is OK.</div><div><br></div><div>Thanks very much,</div><div>Amara Obi</div><div>(on behalf of Dr C. Obi, Obi Family Dental, 240 London Road, Croydon CR0 2TA)</div></div>\n`;
    out.push(make({
      mailbox: MB, slug: '011-main-contact-daughter-on-behalf',
      env: { client: 'gmail', from: addr('Amara Obi', 'amara.obi94@gmail.com'), fromEmail: 'amara.obi94@gmail.com', to: TO, cc: addr('Chukwuma Obi', 'chukwuma.obi@nhs.net'), subject: 'Main contact change for Obi Family Dental', date: '2026-11-21T11:30:00Z' },
      body: (b) => multi('alternative', b(0), [text(plain, { charset: 'utf-8', quoteCharset: false }), text(html, { html: true, quoteCharset: false })]),
      expected: {
        kind: 'main_contact_change', ignored: null, organisation: org('V092351', 'dental_practice'),
        fields: { newMainContact: person('Funmilayo Adeyinka', 'f.adeyinka@nhs.net') },
        mustRaise: [], traits: ['on_behalf_family', 'non_nhs_sender', 'gmail', 'distractor_person'],
      },
    }));
  }

  // 012 ---------------------------------------------------------------- verification link, GP with GMC number
  {
    const html = outlookHtml([
      p('Good morning,'),
      p(''),
      p('I never received the verification link for PCSE Online. My GMC number is 7123456 and my GMC registered email is <a href="mailto:folasade.ogunbiyi@nhs.net">folasade.ogunbiyi@nhs.net</a> (the one I am writing from).'),
      p(''),
      p('Could you kindly resend the link.'),
      p(''),
      p('Many thanks'),
      p('Dr Folasade Ogunbiyi'),
      p('Salaried GP'),
      p('Brookfield Surgery (K81633)'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '012-verification-link-gp-gmc',
      env: { client: 'outlook', from: addr('OGUNBIYI, Folasade (BROOKFIELD SURGERY)', 'folasade.ogunbiyi@nhs.net'), fromEmail: 'folasade.ogunbiyi@nhs.net', to: TO, subject: 'Verification link not received', date: '2026-11-12T08:21:17Z' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'verification_link_resend', ignored: null, organisation: org('K81633', 'gp_practice'),
        fields: { accountEmail: 'folasade.ogunbiyi@nhs.net', gmcNumber: '7123456' },
        mustRaise: [], traits: ['outlook_html', 'nhsmail_display_name', 'gmc_number'],
      },
    }));
  }

  // 013 ---------------------------------------------------------------- verification link, dentist, typos
  out.push(make({
    mailbox: MB, slug: '013-verification-link-dentist-typos',
    env: { client: 'android-outlook', from: addr('Dhillon Sandeep', 'sandeep.dhillon3@nhs.net'), fromEmail: 'sandeep.dhillon3@nhs.net', to: TO, subject: 'link expird', date: '2026-11-13T13:02:44Z' },
    body: () => text(`hiya

i am the user admin for my dental practise (dhillon dental studio V031886) and the link u sent me to verify my acount has expird befor i could click it, been on holiday. can u send another one to this email plz

thanx
sandeep

Get Outlook for Android`, { charset: 'utf-8' }),
    expected: {
      kind: 'verification_link_resend', ignored: null, organisation: org('V031886', 'dental_practice'),
      fields: { accountEmail: 'sandeep.dhillon3@nhs.net', gmcNumber: null },
      mustRaise: [], traits: ['typos', 'all_lowercase', 'surname_first_display_name', 'own_account_from_sender'],
    },
  }));

  // 014 ---------------------------------------------------------------- verification link asked by the optometrist's wife
  {
    const html = `<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Hello,</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
My husband Kamran Tehrani-Moghaddam is the optometrist at Tehrani Eyecare (TPL09). He did not receive the link to verify his PCSE Online account and he is in clinic all day everyday so I am emailing for him. His email is k.tehrani-moghaddam@nhs.net and his GOC number is 01-34567.</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Please send a new link to him.</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
Thank you<br>Parisa</div>
</body>
</html>
`;
    out.push(make({
      mailbox: MB, slug: '014-verification-link-wife-for-husband',
      env: { client: 'outlookcom', from: addr('Parisa Tehrani', 'parisa.tehrani@outlook.com'), fromEmail: 'parisa.tehrani@outlook.com', to: TO, subject: 'PCSE link for my husband', date: '2026-11-14T20:55:03Z' },
      body: () => text(html, { html: true }),
      expected: {
        kind: 'verification_link_resend', ignored: null, organisation: org('TPL09', 'ophthalmic_practice'),
        fields: { accountEmail: 'k.tehrani-moghaddam@nhs.net', gmcNumber: null },
        mustRaise: ['not_own_account'], traits: ['html_only', 'on_behalf_family', 'non_nhs_sender', 'goc_not_gmc', 'hyphenated_surname'],
      },
    }));
  }

  // 015 ---------------------------------------------------------------- unlock, pharmacy shared mailbox, Outlook with signature table
  {
    const html = outlookHtml([
      p('Dear PCSE,'),
      p(''),
      p('My PCSE Online account is locked because I enter wrong password 5 times this morning.'),
      p(''),
      p('User name: <a href="mailto:wei.zhang7@nhs.net">wei.zhang7@nhs.net</a>'),
      p(''),
      p('Please can you unlock it. Thank you.'),
      p(''),
      sigTable('Wei Zhang 张伟', ['Pharmacist / Owner', 'Lotus Pharmacy (FQ284)', '9 Wing Yip Parade, Stockport Road, Manchester M12 4BE', 'Tel 0161 555 8823'], '#C8102E', '蓮'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '015-account-unlock-pharmacy-shared-mailbox',
      env: { client: 'outlook', from: addr('Lotus Pharmacy FQ284', 'lotus.pharmacyfq284@nhs.net'), fromEmail: 'lotus.pharmacyfq284@nhs.net', to: TO, subject: 'Account locked', date: '2026-11-16T09:48:20Z' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'account_unlock', ignored: null, organisation: org('FQ284', 'pharmacy'),
        fields: { username: 'wei.zhang7@nhs.net' },
        mustRaise: [], traits: ['shared_mailbox_sender', 'signature_table', 'cjk_characters', 'non_native_english'],
      },
    }));
  }

  // 016 ---------------------------------------------------------------- unlock, dictated, "my username is this email address"
  out.push(make({
    mailbox: MB, slug: '016-account-unlock-dictated-username-is-sender',
    env: { client: 'iphone', from: addr('Gurpreet Singh Sandhu', 'g.sandhu@nhs.net'), fromEmail: 'g.sandhu@nhs.net', to: TO, subject: 'Locked out', date: '2026-11-17T07:12:55Z' },
    body: () => text(`Hi PC SE comma my account on PCSE online has been locked out after I put the wrong password in too many times full stop my username is this email address full stop can you unlock it please I have got GOS claims to submit by Friday full stop thank you Gurpreet

Sandhu Mobile Eye Care (domiciliary) TPB55

Sent from my iPhone`, { charset: 'us-ascii', cte: '7bit', quoteCharset: false }),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org('TPB55', 'ophthalmic_practice'),
      fields: { username: 'g.sandhu@nhs.net' },
      mustRaise: [], traits: ['dictated', 'misheard_words', 'username_from_sender', 'domiciliary', 'terse'],
    },
  }));

  // 017 ---------------------------------------------------------------- reactivation, dentist main contact, Latin-2
  out.push(make({
    mailbox: MB, slug: '017-account-reactivation-dentist-latin2',
    env: { client: 'thunderbird', from: addr('Stanisław Nowak', 'stanislaw.nowak@nhs.net', 'Q', 'iso-8859-2'), fromEmail: 'stanislaw.nowak@nhs.net', to: TO, subject: 'ACCOUNT DEACTIVATED - PLEASE REACTIVATE', date: '2026-11-18T08:40:31Z', offset: 0 },
    body: () => text(`Good morning.

When I try to log in to PCSE Online it says my account is deactivated. I am main contact for Nowak Dental Surgery V067402. I did not log in long time because my nurse do the orders on her account.

Username is stanislaw.nowak@nhs.net

Please reactivate.

Thank you,
Stanisław Nowak BDS
Nowak Dental Surgery, 5 Bridge Street, Boston PE21 8QF`, { charset: 'iso-8859-2', quoteCharset: false, flowed: true }),
    expected: {
      kind: 'account_reactivation', ignored: null, organisation: org('V067402', 'dental_practice'),
      fields: { username: 'stanislaw.nowak@nhs.net' },
      mustRaise: [], traits: ['iso_8859_2', 'rfc2047_from', 'all_caps_subject', 'non_native_english', 'diacritics'],
    },
  }));

  // 018 ---------------------------------------------------------------- reactivation, pharmacy's IT supplier writes for the owner
  {
    const html = outlookHtml([
      p('Hello PCSE,'),
      p(''),
      p('We are the IT support provider for <b>Kumar&#8217;s Chemist</b> (ODS FW418), an independent pharmacy in Leicester.'),
      p(''),
      p('The owner, Mr Anil Kumar Reddy, is the user administrator and main contact for the pharmacy on PCSE Online. When he logs in he gets the message that his account has been deactivated (we assume because it was not used for some months). His username is <a href="mailto:anil.reddy@nhs.net">anil.reddy@nhs.net</a>.'),
      p(''),
      p('Please can you reactivate his account. Mr Reddy is copied in and can confirm.'),
      p(''),
      p('Our ref: INC-20931'),
      p(''),
      p('Regards,'),
      sigTable('Priyanka Solanki', ['1st Line Support', 'PharmaTech IT Services Ltd', 'helpdesk@pharmatech-it.co.uk | 0116 555 0909'], '#1B5E20', 'PharmaTech'),
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '018-account-reactivation-it-supplier',
      env: { client: 'outlook', from: addr('PharmaTech IT Helpdesk', 'helpdesk@pharmatech-it.co.uk'), fromEmail: 'helpdesk@pharmatech-it.co.uk', to: TO, cc: addr('Anil Kumar Reddy', 'anil.reddy@nhs.net'), subject: "[INC-20931] PCSE Online account deactivated - Kumar's Chemist FW418", date: '2026-11-19T14:05:12Z' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'account_reactivation', ignored: null, organisation: org('FW418', 'pharmacy'),
        fields: { username: 'anil.reddy@nhs.net' },
        mustRaise: [], traits: ['on_behalf_it_supplier', 'non_nhs_sender', 'signature_table', 'ticket_ref_not_pcse', 'distractor_person'],
      },
    }));
  }

  // 019 ---------------------------------------------------------------- role removal, locum optometrist left
  out.push(make({
    mailbox: MB, slug: '019-role-removal-optician-locum',
    env: { client: 'thunderbird', from: addr('Nilufar Rahman', 'nilufar@rahmanopticians.co.uk'), fromEmail: 'nilufar@rahmanopticians.co.uk', to: TO, subject: 'remove roles - locum left', date: '2026-11-20T16:44:09Z', auth: 'none' },
    body: () => text(`Dear PCSE,

our locum optometrist Mr Bogdan Ionescu finished with us last month, please can you remove his GOS Performer and Contractor Signatory roles for our practice Rahman Opticians TPM07 his username is bogdan.ionescu@nhs.net

Regards
Nilufar Rahman (owner)
Rahman Opticians
112 Green Street, London E7 8JQ
020 8555 6120`, { charset: 'utf-8', flowed: true, quoteCharset: false, cte: '7bit' }),
    expected: {
      kind: 'role_removal_request', ignored: null, organisation: org('TPM07', 'ophthalmic_practice'),
      fields: { username: 'bogdan.ionescu@nhs.net', roles: ['GOS Performer', 'Contractor Signatory'] },
      mustRaise: [], traits: ['run_on', 'missing_punctuation', 'non_nhs_sender', 'multiple_roles'],
    },
  }));

  // 020 ---------------------------------------------------------------- role removal, answers inline in blue to PCSE's questions
  {
    const blue = (s: string) => `<span style="color:#0070C0">${s}</span>`;
    const html = outlookHtml([
      p('Hi, see my answers below in blue.'),
      p(''),
      p('Kwame'),
      p(''),
      outlookQuoteHead({ from: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', sent: longDate('2026-11-19T11:02:00Z'), to: 'MENSAH-BONSU, Kwame (KENSAL RISE DENTAL) <kwame.mensah-bonsu@nhs.net>', subject: 'RE: take off old receptionist [PCSE-2026-117882]' }),
      p(''),
      p('Dear Dr Mensah-Bonsu,'),
      p(''),
      p('Thank you for contacting PCSE. So that we can look into your request, please reply with the following information:'),
      p(''),
      p(`1. Organisation code: ${blue('V045519')}`),
      p(`2. Name of the user: ${blue('Marian Brennan, she was our receptionist, left in September')}`),
      p(`3. User name of the user: ${blue('marianbrennan@kensaldental (she had no email, the old manager made it like this)')}`),
      p(`4. Role(s) concerned: ${blue('Practice Order Entry Clerk')}`),
      p(''),
      p('Kind regards,'),
      p('PCSE Portal Enquiries team'),
      p('Primary Care Support England'),
      p(''),
      outlookQuoteHead({ from: 'MENSAH-BONSU, Kwame (KENSAL RISE DENTAL) <kwame.mensah-bonsu@nhs.net>', sent: longDate('2026-11-18T17:40:00Z'), to: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>', subject: 'take off old receptionist' }),
      p(''),
      p('hello, our old receptionist still have access to order on PCSE, please take it off her. thanks Dr Mensah-Bonsu'),
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '020-role-removal-inline-blue-answers',
      env: { client: 'outlook', from: addr('MENSAH-BONSU, Kwame (KENSAL RISE DENTAL)', 'kwame.mensah-bonsu@nhs.net'), fromEmail: 'kwame.mensah-bonsu@nhs.net', to: TO, subject: 'RE: take off old receptionist [PCSE-2026-117882]', date: '2026-11-20T07:31:40Z', inReplyTo: '<PCSE-2026-117882.a1@pcse.england.nhs.uk>' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'role_removal_request', ignored: null, organisation: org('V045519', 'dental_practice'),
        fields: { username: 'marianbrennan@kensaldental', roles: ['Practice Order Entry Clerk'] },
        mustRaise: [], traits: ['inline_answers', 'coloured_reply', 'quoted_thread', 'non_email_username', 'pcse_ref_in_subject', 'reply_with_requested_info'],
      },
    }));
  }

  // 021 ---------------------------------------------------------------- practice email change sent to the wrong mailbox
  {
    const plain = `Hello,

Please update our practice email address.

Practice: Saigon Smile Dental
Practice code: V088213
Current practice email: saigonsmile.dental@gmail.com
New practice email: saigonsmiledental.v088213@nhs.net (this is our new shared NHSmail account for the practice)

Thank you
Nguyễn Văn Thanh (Thanh Nguyen)
Principal Dentist
Saigon Smile Dental, 402 Kingsland Road, London E8 4AA`;
    const html = `<div dir="ltr">${plain.split('\n').map((l) => (l ? `<div>${escHtml(l)}</div>` : '<div><br></div>')).join('')}</div>\n`;
    out.push(make({
      mailbox: MB, slug: '021-practice-email-update-misdirected',
      env: { client: 'gmail', from: addr('Saigon Smile Dental', 'saigonsmile.dental@gmail.com'), fromEmail: 'saigonsmile.dental@gmail.com', to: TO, subject: 'change email', date: '2026-11-23T09:15:44Z' },
      body: (b) => multi('alternative', b(0), [text(plain, { quoteCharset: false }), text(html, { html: true, quoteCharset: false })]),
      expected: {
        kind: 'practice_email_update', ignored: null, organisation: org('V088213', 'dental_practice'),
        fields: { currentEmail: 'saigonsmile.dental@gmail.com', newEmail: 'saigonsmiledental.v088213@nhs.net' },
        mustRaise: [], traits: ['misdirected', 'gmail', 'diacritics', 'surname_first_name', 'label_value'],
      },
    }));
  }

  // 022 ---------------------------------------------------------------- a question, no request
  out.push(make({
    mailbox: MB, slug: '022-question-new-associate',
    env: { client: 'applemail', from: addr('Dr Yaw Darko', 'yaw.darko@nhs.net'), fromEmail: 'yaw.darko@nhs.net', to: TO, subject: 'new associate dentist how to add', date: '2026-11-24T21:10:02Z' },
    body: (b) => {
      const plain = `hello

i have a new associate dentist starting in january at my practice (Darko Dental, V027719). how do i add him on pcse online, do i create a user for him myself or he register himself with his GDC number? i am the only user admin here and i dont want to do it wrong

thank you
yaw`;
      return multi('alternative', b(0), [text(plain, { quoteCharset: false }), text(`<div dir="ltr">${escHtml(plain).replace(/\n/g, '<br>')}</div>\n`, { html: true, quoteCharset: false })]);
    },
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['question', 'all_lowercase', 'mentions_admin_role'] },
  }));

  // 023 ---------------------------------------------------------------- chaser with a PCSE reference
  out.push(make({
    mailbox: MB, slug: '023-chaser-with-ref-lowercase',
    env: { client: 'samsung', from: addr('Mustafa Yilmaz', 'mustafa.yilmaz@nhs.net'), fromEmail: 'mustafa.yilmaz@nhs.net', to: TO, subject: 'Re: PCSE-2026-104873', date: '2026-11-25T15:33:20Z' },
    body: () => text(`any update on PCSE-2026-104873 ??? its been 2 weeks since i sent the main contact change for yilmaz pharmacy and my manager still cant order anything, please sort it out

mustafa



Sent from my Galaxy`, { charset: 'utf-8', quoteCharset: false }),
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['chaser', 'pcse_ref', 'all_lowercase', 'mentions_request_kind'] },
  }));

  // 024 ---------------------------------------------------------------- out-of-office reply, HTML only
  out.push(make({
    mailbox: MB, slug: '024-out-of-office-optician',
    env: {
      client: 'outlook', from: addr('Sofia Andreou', 'sofia@andreouopticians.co.uk'), fromEmail: 'sofia@andreouopticians.co.uk', to: TO, subject: 'Automatic reply: Your PCSE enquiry [PCSE-2026-118003]', date: '2026-11-26T10:01:03Z',
      extra: [['Auto-Submitted', 'auto-replied'], ['X-Auto-Response-Suppress', 'All'], ['X-MS-Exchange-Inbox-Rules-Loop', 'sofia@andreouopticians.co.uk']],
    },
    body: () => text(outlookHtml([
      p('Thank you for your email. I am on annual leave until Monday 7th December with no access to emails.'),
      p(''),
      p('For urgent matters please phone the practice on 01223 555 470. For PCSE Online user admin the other user admin is my husband Nikos (<a href="mailto:nikos@andreouopticians.co.uk">nikos@andreouopticians.co.uk</a>).'),
      p(''),
      p('Sofia Andreou, Andreou Opticians (TPC31)'),
    ].join('\n')), { html: true }),
    expected: { kind: 'unclassified', ignored: 'auto_reply', organisation: null, fields: {}, mustRaise: [], traits: ['auto_reply', 'html_only', 'pcse_ref', 'mentions_admin_role'] },
  }));

  // 025 ---------------------------------------------------------------- Open Exeter permissions sent to the wrong mailbox
  {
    const html = outlookHtml([
      p('Hello,'),
      p(''),
      p('Please could you add the following permissions on Open Exeter for our practice nurse. She already has an Open Exeter login.'),
      p(''),
      p('<b>User:</b> Mrs Reshma George, Practice Nurse<br><b>Email:</b> <a href="mailto:reshma.george@nhs.net">reshma.george@nhs.net</a><br><b>Open Exeter user ID:</b> RGEORGE2'),
      p(''),
      p('<b>Permissions required:</b>'),
      '<ul style="margin-top:0cm" type="disc">\n<li class="MsoNormal" style="margin-left:0cm;mso-list:l0 level1 lfo1">Prior Notification List<o:p></o:p></li>\n<li class="MsoNormal" style="margin-left:0cm;mso-list:l0 level1 lfo1">Screening History<o:p></o:p></li>\n</ul>',
      p(''),
      p('I am a GP Partner at St Luke&#8217;s Surgery (R81022).'),
      p(''),
      p('Kind regards,'),
      p('Dr Anish Varghese Thomas'),
      p('GP Partner, St Luke&#8217;s Surgery, Church Road, Bedminster, Bristol BS3 4LT'),
      NHSMAIL_FOOTER_HTML,
    ].join('\n'));
    out.push(make({
      mailbox: MB, slug: '025-oe-permissions-misdirected',
      env: { client: 'outlook', from: addr('THOMAS, Anish Varghese (ST LUKES SURGERY)', 'anish.thomas@nhs.net'), fromEmail: 'anish.thomas@nhs.net', to: TO, subject: 'Open Exeter access for practice nurse', date: '2026-11-26T12:47:36Z' },
      body: (b) => multi('alternative', b(0), [text(htmlToText(html)), text(html, { html: true })]),
      expected: {
        kind: 'open_exeter_additional_permissions', ignored: null, organisation: org('R81022', 'gp_practice'),
        fields: {
          user: { ...person('Reshma George', 'reshma.george@nhs.net'), username: 'RGEORGE2' },
          permissions: ['Prior Notification List', 'Screening History'],
          signatory: { ...person('Anish Varghese Thomas', 'anish.thomas@nhs.net'), role: 'gp_partner' },
        },
        mustRaise: [], traits: ['misdirected', 'outlook_html', 'bold_labels_br', 'given_name_as_surname', 'multi_part_name', 'html_list'],
      },
    }));
  }

  return out;
}
