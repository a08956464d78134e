// datamanager: people answering PCSE's own guidance (corpus 44, writer AN).
import { NHSMAIL_FOOTER, P, jan, org, type MailSpec } from './lib.js';

export function datamanagerMails(): MailSpec[] {
  const m: MailSpec[] = [];
  const mb = 'datamanager' as const;

  // practice email update, to the letter
  m.push({
    mailbox: mb, slug: 'practice-email-to-the-letter', client: 'outlook', date: jan(4, 10, 20, 0),
    from: { name: 'Northgate Village Surgery', email: 'northgate.village@nhs.net' },
    subject: 'Update practice email address',
    text: `Dear Data Manager team,

Practice name: Northgate Village Surgery
Practice code: A83017
Current practice email address: northgate.village@nhs.net
New practice email address: northgatevillage.surgery@nhs.net

Please send the confirmation to the new address as stated on your website.

Kind regards
Office Manager
Northgate Village Surgery
${NHSMAIL_FOOTER}`,
    expected: { kind: 'practice_email_update', ignored: null, organisation: org('A83017', 'gp_practice'),
      fields: { currentEmail: 'northgate.village@nhs.net', newEmail: 'northgatevillage.surgery@nhs.net' },
      mustRaise: [], traits: ['guidance_template', 'shared_mailbox_sender', 'no_personal_name'] },
  });

  // practice email update to a person's mailbox
  m.push({
    mailbox: mb, slug: 'practice-email-individual-mailbox', client: 'gmail', date: jan(5, 11, 12, 4),
    from: { name: 'Kirsty Dawson', email: 'reception@parksidedentalstudio.co.uk' },
    cc: ['kirsty.dawson4@nhs.net'],
    subject: 'Update practice email address',
    text: `Hi there,

We would like to update our practice email address please.

Practice name - Parkside Dental Studio
Practice code - V018274
Current practice email - reception@parksidedentalstudio.co.uk
New practice email - kirsty.dawson4@nhs.net

The new one is my own nhs.net address as we haven't got a shared nhs.net one yet, I hope that is ok. I've copied it in.

Thanks,
Kirsty Dawson
Practice Manager`,
    expected: { kind: 'practice_email_update', ignored: null, organisation: org('V018274', 'dental_practice'),
      fields: { currentEmail: 'reception@parksidedentalstudio.co.uk', newEmail: 'kirsty.dawson4@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['guidance_template', 'dash_separated_labels', 'new_address_in_cc'] },
  });

  // practice email update, pharmacy, guidance wording "(the one shown above)" kept
  m.push({
    mailbox: mb, slug: 'practice-email-pharmacy-shown-above', client: 'outlook', date: jan(6, 9, 31, 50),
    from: { name: 'Hollins Pharmacy', email: 'hollins.pharmacy@nhs.net' },
    subject: "'Update practice email address'",
    text: `Hello,

Tell us your practice name: Hollins Pharmacy
practice code: FH592
current practice email address (the one shown above): hollins.pharmacy@nhs.net
and the new practice email address: pharmacy.fh592@nhs.net

We are moving to the standard NHSmail pharmacy mailbox.

Thank you
Hollins Pharmacy team
${NHSMAIL_FOOTER}`,
    expected: { kind: 'practice_email_update', ignored: null, organisation: org('FH592', 'pharmacy'),
      fields: { currentEmail: 'hollins.pharmacy@nhs.net', newEmail: 'pharmacy.fh592@nhs.net' },
      mustRaise: [], traits: ['guidance_template', 'template_left_in', 'quoted_subject'] },
  });

  // practice email update, optical, in own words
  m.push({
    mailbox: mb, slug: 'practice-email-optical-own-words', client: 'applemail', date: jan(7, 17, 4, 22),
    from: { name: 'Eyes Right Opticians', email: 'info@eyesrightopticians.co.uk' },
    subject: 'Change of our email',
    text: `Hello

We have finally got an NHSmail account for the practice. Could you change our email on your system from info@eyesrightopticians.co.uk to eyesright.opticians@nhs.net please. Practice is Eyes Right Opticians, code TPC71.

Best regards
Andrew Kwan
Eyes Right Opticians
`,
    expected: { kind: 'practice_email_update', ignored: null, organisation: org('TPC71', 'ophthalmic_practice'),
      fields: { currentEmail: 'info@eyesrightopticians.co.uk', newEmail: 'eyesright.opticians@nhs.net' },
      mustRaise: [], traits: ['prose_request', 'from_to_phrasing', 'non_nhs_domain'] },
  });

  // main contact extension, the guidance's list answered in order
  m.push({
    mailbox: mb, slug: 'extension-gp-full-template', client: 'outlook', date: jan(8, 10, 0, 7),
    from: { name: 'Graham Tollitt', email: 'graham.tollitt@nhs.net' },
    subject: 'Extend a current main contact to a new practice',
    text: `Dear PCSE

I would like to extend a current main contact to a new practice.

Details of your existing practice:
- The name of your existing practice: Sandyford Medical Centre
- The organisation/ODS code for your existing practice: C82611
- The name of the main contact we hold for your existing practice: Graham Tollitt
- The email address for the main contact we hold for your existing practice: graham.tollitt@nhs.net
- The existing practice/organisation address: 9 Sandyford Road, Melton Mowbray, LE13 0HN
- The existing practice telephone number: 01664 000 230

Details of your new practice:
- The practice ODS code for your new practice: C82640
- The name of your new practice: Wymondham Road Surgery
- The address of your new practice: 1 Wymondham Road, Oakham, LE15 6RW

Thanks
Graham Tollitt
Group Business Manager
${NHSMAIL_FOOTER}`,
    expected: { kind: 'main_contact_extension', ignored: null, organisation: org('C82611', 'gp_practice'),
      fields: {
        existingPractice: { odsCode: 'C82611', name: 'Sandyford Medical Centre', mainContact: P('Graham Tollitt', 'graham.tollitt@nhs.net'), address: '9 Sandyford Road, Melton Mowbray, LE13 0HN', phone: '01664 000 230' },
        newPractice: { odsCode: 'C82640', name: 'Wymondham Road Surgery', address: '1 Wymondham Road, Oakham, LE15 6RW' },
      },
      mustRaise: [], traits: ['guidance_template', 'question_text_kept_as_labels'] },
  });

  // main contact extension, pharmacy, in own words with the existing address over several lines
  m.push({
    mailbox: mb, slug: 'extension-pharmacy-own-words', client: 'outlook', date: jan(11, 14, 25, 36),
    from: { name: 'ANWAR, Saima (ANWAR HEALTHCARE LTD)', email: 'saima.anwar@nhs.net' },
    subject: 'New pharmacy - please add to my PCSE Online account',
    text: `Hi,

We have taken over a second pharmacy from 4th January and I'd like to be the main contact for it as well, as your page explains ("extend a current main contact to a new practice/pharmacy").

I'm already main contact for Anwar Pharmacy (FW614), which is at

22 Church Street
Bolton
BL1 1HU

and the phone number there is 01204 000 781.

The new one is Bradshawgate Pharmacy, ODS code FM803, 140 Bradshawgate, Bolton BL2 1DA.

My email is this one, saima.anwar@nhs.net.

Kind regards
Saima Anwar
Superintendent Pharmacist, Anwar Healthcare Ltd
${NHSMAIL_FOOTER}`,
    expected: { kind: 'main_contact_extension', ignored: null, organisation: org('FW614', 'pharmacy'),
      fields: {
        existingPractice: { odsCode: 'FW614', name: 'Anwar Pharmacy', mainContact: P('Saima Anwar', 'saima.anwar@nhs.net'), address: '22 Church Street, Bolton, BL1 1HU', phone: '01204 000 781' },
        newPractice: { odsCode: 'FM803', name: 'Bradshawgate Pharmacy', address: '140 Bradshawgate, Bolton BL2 1DA' },
      },
      mustRaise: [], traits: ['prose_request', 'multiline_address', 'main_contact_is_sender', 'quotes_guidance'] },
  });

  // main contact extension, dental, N/A for the phone
  m.push({
    mailbox: mb, slug: 'extension-dental-na-phone', client: 'outlook', date: jan(12, 9, 48, 0),
    from: { name: 'Priory Dental Group', email: 'accounts@priorydentalgroup.co.uk' },
    subject: 'Extending main contact to new practice - Priory Dental',
    text: `Good morning,

As requested on your website, please find our details below.

EXISTING PRACTICE
Name: Priory Dental Group - Abbey Road
ODS code: V006315
Main contact: Dr Olamide Fashola
Main contact email: olamide.fashola@nhs.net
Address: 18 Abbey Road, Bedford, MK41 9LG
Telephone: N/A (please use mobile 07700 900 415)

NEW PRACTICE
ODS code: V712094
Name: Priory Dental Group - Kempston
Address: 5 High Street, Kempston, Bedford, MK42 7BT

Kind regards
Lucy Harrington
Group Compliance Officer`,
    expected: { kind: 'main_contact_extension', ignored: null, organisation: org('V006315', 'dental_practice'),
      fields: {
        existingPractice: { odsCode: 'V006315', name: 'Priory Dental Group - Abbey Road', mainContact: P('Olamide Fashola', 'olamide.fashola@nhs.net'), address: '18 Abbey Road, Bedford, MK41 9LG', phone: '07700 900 415' },
        newPractice: { odsCode: 'V712094', name: 'Priory Dental Group - Kempston', address: '5 High Street, Kempston, Bedford, MK42 7BT' },
      },
      mustRaise: [], traits: ['guidance_template', 'na_value', 'sender_not_main_contact', 'honorific'] },
  });

  // branch setup, the guidance's list in order with title
  m.push({
    mailbox: mb, slug: 'branch-gp-template', client: 'outlook', date: jan(13, 11, 30, 0),
    from: { name: 'Lorraine Whitby', email: 'lorraine.whitby@nhs.net' },
    subject: 'Set up access to PCSE Online for a branch practice',
    text: `Dear Sir/Madam,

We would like to set up access to PCSE Online for a branch practice. We received our ODS pdf report last week.

Details of your main practice
- The name of your main practice: Holmewood Health Centre
- Your organisation type (GP): GP
- The organisation/ODS code for your main practice: B86071
- The name of the main contact PCSE holds for your main practice: Lorraine Whitby
- The email address for the main contact we hold for your main practice: lorraine.whitby@nhs.net
- The main practice/organisation address: Holmewood Road, Leeds, LS10 4QS
- The main practice telephone number: 0113 000 6120

Details of your branch practice
- The name of the main contact you would like to set up for your branch including title: Mr Adebayo Ogunleye
- The email address for the main contact you would like to set up for your branch: adebayo.ogunleye@nhs.net
- The ODS code for your branch: B86071002
- The name of your new branch practice: Holmewood Health Centre - Belle Isle Branch
- The new branch practice/organisation address: 60 Belle Isle Parade, Leeds, LS10 3QA
- The new branch practice telephone number: 0113 000 6155

Kind regards
Lorraine Whitby
Practice Manager
${NHSMAIL_FOOTER}`,
    expected: { kind: 'branch_setup', ignored: null, organisation: org('B86071', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'B86071', name: 'Holmewood Health Centre', mainContact: P('Lorraine Whitby', 'lorraine.whitby@nhs.net'), address: 'Holmewood Road, Leeds, LS10 4QS', phone: '0113 000 6120' },
        branch: { odsCode: 'B86071002', name: 'Holmewood Health Centre - Belle Isle Branch', address: '60 Belle Isle Parade, Leeds, LS10 3QA', phone: '0113 000 6155', mainContact: { ...P('Adebayo Ogunleye', 'adebayo.ogunleye@nhs.net'), title: 'Mr' } },
      },
      mustRaise: [], traits: ['guidance_template', 'question_text_kept_as_labels', 'title_for_branch_contact'] },
  });

  // branch setup where the branch code does not start with the main code
  m.push({
    mailbox: mb, slug: 'branch-code-mismatch', client: 'outlook', date: jan(14, 13, 5, 40),
    from: { name: 'Dr Nadia Farouk', email: 'nadia.farouk@nhs.net' },
    subject: 'Branch practice set up - Quarry Hill Surgery',
    text: `Hello,

Please could you set up PCSE Online access for our new branch site.

Main practice: Quarry Hill Surgery, GP, ODS K81055
Main contact you hold: Dr Nadia Farouk, nadia.farouk@nhs.net
Address: 2 Quarry Hill, Reading, RG4 7BE
Tel: 0118 000 4410

Branch:
Main contact for the branch: Dr Nadia Farouk (myself), nadia.farouk@nhs.net
Branch ODS code: K81505001
Branch name: Caversham Heights Surgery
Branch address: 31 Highmoor Road, Caversham, Reading, RG4 7BL
Branch telephone: 0118 000 4460

Your website says the branch code begins with the main site code followed by 001 etc - the ODS team gave us the code above.

Thanks
Nadia Farouk
GP Partner`,
    expected: { kind: 'branch_setup', ignored: null, organisation: org('K81055', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'K81055', name: 'Quarry Hill Surgery', mainContact: P('Nadia Farouk', 'nadia.farouk@nhs.net'), address: '2 Quarry Hill, Reading, RG4 7BE', phone: '0118 000 4410' },
        branch: { odsCode: 'K81505001', name: 'Caversham Heights Surgery', address: '31 Highmoor Road, Caversham, Reading, RG4 7BL', phone: '0118 000 4460', mainContact: { ...P('Nadia Farouk', 'nadia.farouk@nhs.net'), title: 'Dr' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['quotes_guidance', 'same_person_both_roles', 'transposed_digits'] },
  });

  // branch setup as an HTML table
  m.push({
    mailbox: mb, slug: 'branch-html-table', client: 'outlook', date: jan(15, 10, 12, 9),
    from: { name: 'Kingsmead Practice', email: 'kingsmead.practice@nhs.net' },
    subject: 'Branch practice access - Kingsmead Practice',
    text: `Dear PCSE,

We would like to set up access to PCSE Online for a branch practice. Details in the table below, as listed on your website.

Main practice
Name of main practice	Kingsmead Practice
Organisation type	GP
ODS code	G85133
Main contact held by PCSE	Simon Ebbs
Main contact email	simon.ebbs@nhs.net
Address	Kingsmead Road, Tulse Hill, London, SE27 0QE
Telephone	020 7946 0812

Branch practice
Main contact for branch (incl. title)	Ms Grace Adjei
Main contact email	grace.adjei1@nhs.net
Branch ODS code	G85133001
Branch name	Kingsmead Practice at Norwood
Address	211 Norwood Road, London, SE24 9AG
Telephone	020 7946 0860

Kind regards
Simon Ebbs
Practice Manager
${NHSMAIL_FOOTER}`,
    html: `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<p class="MsoNormal">Dear PCSE,</p>
<p class="MsoNormal">We would like to set up access to PCSE Online for a branch practice. Details in the table below, as listed on your website.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td colspan="2" style="background:#DEEAF6"><b>Main practice</b></td></tr>
<tr><td>Name of main practice</td><td>Kingsmead Practice</td></tr>
<tr><td>Organisation type</td><td>GP</td></tr>
<tr><td>ODS code</td><td>G85133</td></tr>
<tr><td>Main contact held by PCSE</td><td>Simon Ebbs</td></tr>
<tr><td>Main contact email</td><td><a href="mailto:simon.ebbs@nhs.net">simon.ebbs@nhs.net</a></td></tr>
<tr><td>Address</td><td>Kingsmead Road<br>Tulse Hill<br>London<br>SE27 0QE</td></tr>
<tr><td>Telephone</td><td>020 7946 0812</td></tr>
<tr><td colspan="2" style="background:#DEEAF6"><b>Branch practice</b></td></tr>
<tr><td>Main contact for branch (incl. title)</td><td>Ms Grace Adjei</td></tr>
<tr><td>Main contact email</td><td><a href="mailto:grace.adjei1@nhs.net">grace.adjei1@nhs.net</a></td></tr>
<tr><td>Branch ODS code</td><td>G85133001</td></tr>
<tr><td>Branch name</td><td>Kingsmead Practice at Norwood</td></tr>
<tr><td>Address</td><td>211 Norwood Road<br>London<br>SE24 9AG</td></tr>
<tr><td>Telephone</td><td>020 7946 0860</td></tr>
</table>
<p class="MsoNormal">Kind regards<br>Simon Ebbs<br>Practice Manager</p>
</body></html>
`,
    expected: { kind: 'branch_setup', ignored: null, organisation: org('G85133', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'G85133', name: 'Kingsmead Practice', mainContact: P('Simon Ebbs', 'simon.ebbs@nhs.net'), address: 'Kingsmead Road, Tulse Hill, London, SE27 0QE', phone: '020 7946 0812' },
        branch: { odsCode: 'G85133001', name: 'Kingsmead Practice at Norwood', address: '211 Norwood Road, London, SE24 9AG', phone: '020 7946 0860', mainContact: { ...P('Grace Adjei', 'grace.adjei1@nhs.net'), title: 'Ms' } },
      },
      mustRaise: [], traits: ['html_table', 'multiline_address', 'guidance_template'] },
  });

  // main contact change sent to datamanager, with a code one digit short
  m.push({
    mailbox: mb, slug: 'misdirected-main-contact-short-code', client: 'outlook', date: jan(18, 10, 40, 15),
    from: { name: 'Beech House Surgery', email: 'beechhouse.surgery@nhs.net' },
    subject: 'Main contact change',
    text: `Hello,

Please can you change our main contact. As your website says, here are our organisation code, and the name and email address of the new main contact:

E8571
Shauna O'Driscoll
shauna.odriscoll@nhs.net

Shauna has taken over as Practice Manager from Tony Briggs who retired.

Beech House Surgery
${NHSMAIL_FOOTER}`,
    expected: { kind: 'main_contact_change', ignored: null, organisation: org('E8571', 'gp_practice'),
      fields: { newMainContact: P("Shauna O'Driscoll", 'shauna.odriscoll@nhs.net') },
      mustRaise: ['ods_invalid'], traits: ['misdirected', 'unlabelled_values', 'apostrophe_name', 'quotes_guidance'] },
  });

  // a genuine question: how to get a branch ODS code
  m.push({
    mailbox: mb, slug: 'question-branch-ods-code', client: 'gmail', date: jan(19, 12, 30, 30),
    from: { name: 'Elaine Rourke', email: 'elaine.rourke.pm@gmail.com' },
    subject: 'Branch ODS code?',
    text: `Hi

We're opening a branch surgery in April. Your page says "firstly we will need your new branch ODS code" - do we get that from you or from someone else? And how long does it usually take? Sorry, we've never done this before.

Elaine Rourke
Practice Manager, Fenwick Lane Surgery`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['genuine_question', 'quotes_guidance', 'personal_webmail'] },
  });

  // thanks with a reference
  m.push({
    mailbox: mb, slug: 'thanks-with-reference', client: 'outlook', date: jan(20, 15, 55, 2),
    from: { name: 'Graham Tollitt', email: 'graham.tollitt@nhs.net' },
    inReplyTo: '<done-PCSE-2027-005112@pcse.england.nhs.uk>',
    subject: 'RE: PCSE-2027-005112 Main contact extension - completed',
    text: `Thank you, I can see Wymondham Road in my drop down list now.

Graham

From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 20 January 2027 14:02
Subject: PCSE-2027-005112 Main contact extension - completed

Your request has been completed. The new practice has been added to your PCSE Online account and will appear under 'Select Organisation and Address'.
${NHSMAIL_FOOTER}`,
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {},
      mustRaise: [], traits: ['thanks', 'reply_with_reference', 'quoted_pcse_text'] },
  });

  // bounce of PCSE's confirmation to a mistyped practice mailbox
  m.push({
    mailbox: mb, slug: 'bounce-confirmation', client: 'system', date: jan(21, 8, 2, 51),
    from: { name: 'Mail Delivery System', email: 'mailer-daemon@nhs.net' },
    subject: 'Undeliverable: PCSE-2027-005240 Practice email address updated',
    extraHeaders: [['Auto-Submitted', 'auto-replied']],
    raw: {
      contentType: 'multipart/report; report-type=delivery-status; boundary="_bounce_5240_"',
      body: `--_bounce_5240_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

northgatevillage.surgery@nhs.net
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:

Generating server: mx.nhs.net
northgatevillage.surgery@nhs.net
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--_bounce_5240_
Content-Type: message/delivery-status

Reporting-MTA: dns;mx.nhs.net
Arrival-Date: Thu, 21 Jan 2027 08:02:49 +0000

Final-Recipient: rfc822;northgatevillage.surgery@nhs.net
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--_bounce_5240_
Content-Type: text/rfc822-headers

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: northgatevillage.surgery@nhs.net
Subject: PCSE-2027-005240 Practice email address updated
Date: Thu, 21 Jan 2027 08:02:44 +0000
Message-ID: <done-PCSE-2027-005240@pcse.england.nhs.uk>

--_bounce_5240_--
`,
    },
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {},
      mustRaise: [], traits: ['bounce', 'delivery_status_report', 'reference_in_subject'] },
  });

  return m;
}
