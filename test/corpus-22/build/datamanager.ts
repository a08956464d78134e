// pcse.datamanager: an ordinary fortnight (16-27 November 2026).
import { type Entry, PCSE, PCSE_SIGN, org, person, unclassified } from './entry.js';
import { odsReport, renderPdf } from './forms.js';
import { multipart, render, rfcDate, sha, textPart } from './lib.js';
import { buildMail } from './mail.js';

const M = 'datamanager' as const;

export async function datamanager(): Promise<Entry[]> {
  const out: Entry[] = [];

  // ---------------------------------------------------------------- practice email updates
  out.push({
    mailbox: M, slug: 'practice-email-update-labelled',
    spec: {
      client: 'outlook', from: { name: 'SMITH, Claire (FERNHILL SURGERY)', email: 'claire.smith84@nhs.net' }, to: [PCSE.dmBare],
      subject: 'Update practice email address', date: '2026-11-16T10:03:51Z',
      body: `Good morning,

Practice name: Fernhill Surgery
Practice code: J83015
Current practice email address: fernhill.surgery@nhs.net
New practice email address: fernhillsurgery.admin@nhs.net

Kind regards
Claire Smith
Administrator
Fernhill Surgery
Fernhill Road, Farnborough GU14 9RX
01252 546 311`,
    },
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('J83015', 'gp_practice'),
      fields: { currentEmail: 'fernhill.surgery@nhs.net', newEmail: 'fernhillsurgery.admin@nhs.net' },
      mustRaise: [], traits: ['labelled_lines', 'seed_wording'],
    },
  });

  out.push({
    mailbox: M, slug: 'practice-email-update-prose',
    spec: {
      client: 'owa', from: { name: 'ELLIS, Mark (KINGFISHER MEDICAL CENTRE)', email: 'mark.ellis7@nhs.net' }, to: [PCSE.dmBare],
      subject: 'Change of practice email - Kingfisher Medical Centre', date: '2026-11-17T13:26:18Z',
      body: `Hi,

Following our merger with Riverside, our shared inbox has been renamed. Could you update the practice email address for Kingfisher Medical Centre (K84027) from kingfisher.mc@nhs.net to kingfisherriverside.mc@nhs.net please? The old address will stop working on 1 December.

Thank you

Mark Ellis
Practice Business Manager
Kingfisher Medical Centre
Kingfisher Way, Banbury OX16 2RH`,
    },
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('K84027', 'gp_practice'),
      fields: { currentEmail: 'kingfisher.mc@nhs.net', newEmail: 'kingfisherriverside.mc@nhs.net' },
      mustRaise: [], traits: ['prose', 'from_to_in_one_sentence'],
    },
  });

  out.push({
    mailbox: M, slug: 'practice-email-update-personal-address',
    spec: {
      client: 'outlook', from: { name: 'CARTER, Louise (STONEBRIDGE SURGERY)', email: 'louise.carter@nhs.net' }, to: [PCSE.dmBare],
      subject: 'Update practice email address', date: '2026-11-18T14:08:40Z',
      body: `Hi,

Please can you change the practice email address you have for Stonebridge Surgery (R81046). The current one is stonebridge.surgery@nhs.net but nobody really monitors it any more, so could you change it to my email, louise.carter@nhs.net, so that I actually see what PCSE sends us.

Thanks
Louise Carter
Practice Manager
Stonebridge Surgery
01454 412 558`,
    },
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('R81046', 'gp_practice'),
      fields: { currentEmail: 'stonebridge.surgery@nhs.net', newEmail: 'louise.carter@nhs.net' },
      mustRaise: ['individual_mailbox'], traits: ['prose', 'new_is_sender_address'],
    },
  });

  out.push({
    mailbox: M, slug: 'practice-email-update-pharmacy',
    spec: {
      client: 'smb', from: { name: 'Lakeside Pharmacy', email: 'lakesidepharmacy@btconnect.com' }, to: [PCSE.dmBare],
      subject: 'Practice email update - Lakeside Pharmacy FL219', date: '2026-11-19T10:40:04Z', server: 'smtpout.btconnect.com',
      body: `Dear Data Manager team,

We have now been set up with an NHSmail shared mailbox so please can you update our email address on your system.

Pharmacy name: Lakeside Pharmacy
ODS code: FL219
Current email: lakesidepharmacy@btconnect.com
New email: pharmacy.fl219@nhs.net

Many thanks

Graham Pike
Superintendent Pharmacist
Lakeside Pharmacy
2 Lakeside Parade, Thornaby, Stockton-on-Tees TS17 0DJ
01642 763 155`,
    },
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('FL219', 'pharmacy'),
      fields: { currentEmail: 'lakesidepharmacy@btconnect.com', newEmail: 'pharmacy.fl219@nhs.net' },
      mustRaise: [], traits: ['labelled_lines', 'non_nhs_sender', 'outlook_16'],
    },
  });

  const d05orig = {
    from: { name: 'AHMED, Sami (ABBEY DENTAL STUDIO)', email: 'sami.ahmed@nhs.net' }, to: [{ name: 'MARTIN, Chloe (ABBEY DENTAL STUDIO)', email: 'chloe.martin12@nhs.net' }],
    date: '2026-11-20T17:31:02Z', subject: 'PCSE email',
    body: `Chloe

Can you let PCSE know that our practice email has changed please - the new one is abbeydentalstudio@nhs.net. Our code is V084417. I think it goes to their data manager address.

Thanks
Sami

Dr Sami Ahmed BDS
Principal Dentist
Abbey Dental Studio`,
  };
  out.push({
    mailbox: M, slug: 'practice-email-update-forwarded',
    spec: {
      client: 'outlook', from: { name: 'MARTIN, Chloe (ABBEY DENTAL STUDIO)', email: 'chloe.martin12@nhs.net' }, to: [PCSE.dmBare],
      subject: 'FW: PCSE email', date: '2026-11-23T09:45:15Z',
      body: `Hi, please see below from Dr Ahmed.

Thanks
Chloe Martin
Reception
Abbey Dental Studio
19 Abbey Road, Barking IG11 7RS`,
      quoted: [d05orig], quoteMode: 'forward',
    },
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('V084417', 'dental_practice'),
      fields: { currentEmail: null, newEmail: 'abbeydentalstudio@nhs.net' },
      mustRaise: [], traits: ['forward', 'request_in_forwarded_part', 'current_email_not_given'],
    },
  });

  // ---------------------------------------------------------------- extending a main contact
  out.push({
    mailbox: M, slug: 'main-contact-extension-pharmacy',
    spec: {
      client: 'outlook', from: { name: 'SHEIKH, Imran (WILTON PHARMACY)', email: 'imran.sheikh@nhs.net' }, to: [PCSE.dmBare], smartQuotes: true,
      subject: 'Extend main contact to new pharmacy', date: '2026-11-17T15:55:29Z',
      body: `Dear PCSE,

We have bought a second pharmacy and I would like to extend my current main contact role to the new pharmacy.

**Details of existing pharmacy**
Name: Wilton Pharmacy
ODS code: FK207
Main contact: Imran Sheikh
Main contact email: imran.sheikh@nhs.net
Address: 14 Wilton Road, Salisbury, SP2 7EE
Telephone: 01722 338 410

**Details of new pharmacy**
ODS code: FX531
Name: Bemerton Heath Pharmacy
Address: 3 Pembroke Road, Bemerton Heath, Salisbury, SP2 9DF

We took over on 9 November.

Kind regards
Imran Sheikh
Superintendent Pharmacist / Director
Wilton Pharmacy Ltd`,
    },
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('FK207', 'pharmacy'),
      fields: {
        existingPractice: { odsCode: 'FK207', name: 'Wilton Pharmacy', mainContact: person('Imran Sheikh', 'imran.sheikh@nhs.net'), address: '14 Wilton Road, Salisbury, SP2 7EE', phone: '01722 338 410' },
        newPractice: { odsCode: 'FX531', name: 'Bemerton Heath Pharmacy', address: '3 Pembroke Road, Bemerton Heath, Salisbury, SP2 9DF' },
      },
      mustRaise: [], traits: ['labelled_lines', 'two_sections', 'bold_headings'],
    },
  });

  out.push({
    mailbox: M, slug: 'main-contact-extension-dental',
    spec: {
      client: 'owa', from: { name: 'HALE, Rebecca (NORTHFIELD DENTAL PRACTICE)', email: 'rebecca.hale@nhs.net' }, to: [PCSE.dmBare],
      subject: 'Extending main contact to Kings Heath Dental', date: '2026-11-20T11:22:47Z',
      body: `Hello,

I would like to extend my main contact role to a new practice that our group has taken on.

Existing practice
Practice name: Northfield Dental Practice
Practice code: V047712
Main contact: Rebecca Hale
Main contact email: rebecca.hale@nhs.net
Address:
812 Bristol Road South
Northfield
Birmingham
B31 2NS
Phone: 0121 475 1288

New practice
Practice code: V112038
Practice name: Kings Heath Dental
Address:
41 York Road
Kings Heath
Birmingham
B14 7SA

Kind regards

Becky Hale
Group Practice Manager`,
    },
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('V047712', 'dental_practice'),
      fields: {
        existingPractice: { odsCode: 'V047712', name: 'Northfield Dental Practice', mainContact: person('Rebecca Hale', 'rebecca.hale@nhs.net'), address: '812 Bristol Road South, Northfield, Birmingham, B31 2NS', phone: '0121 475 1288' },
        newPractice: { odsCode: 'V112038', name: 'Kings Heath Dental', address: '41 York Road, Kings Heath, Birmingham, B14 7SA' },
      },
      mustRaise: [], traits: ['multi_line_address', 'nickname_in_signature'],
    },
  });

  out.push({
    mailbox: M, slug: 'main-contact-extension-gp-prose',
    spec: {
      client: 'outlook', from: { name: 'GREENWOOD, Martin (ASHWORTH STREET SURGERY)', email: 'martin.greenwood@nhs.net' }, to: [PCSE.dmBare], smartQuotes: true,
      subject: 'Main contact for Moorside Medical Practice', date: '2026-11-24T14:02:36Z',
      body: `Hi,

From 1 December Ashworth Street Surgery will be taking over the running of Moorside Medical Practice (new ODS code P87631, 22 Moor Lane, Rochdale, OL11 3QP). I'm the main contact for Ashworth Street Surgery (P87016), Ashworth Street, Rochdale, OL12 6AB, using martin.greenwood@nhs.net, and I would like to be added as main contact for Moorside as well so that I can manage the supplies and records roles there.

Thanks

Martin Greenwood
Business Manager
Ashworth Street Surgery`,
    },
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('P87016', 'gp_practice'),
      fields: {
        existingPractice: { odsCode: 'P87016', name: 'Ashworth Street Surgery', mainContact: person('Martin Greenwood', 'martin.greenwood@nhs.net'), address: 'Ashworth Street, Rochdale, OL12 6AB', phone: null },
        newPractice: { odsCode: 'P87631', name: 'Moorside Medical Practice', address: '22 Moor Lane, Rochdale, OL11 3QP' },
      },
      mustRaise: [], traits: ['prose', 'phone_not_given', 'both_practices_in_one_paragraph'],
    },
  });

  // ---------------------------------------------------------------- branch set-ups
  out.push({
    mailbox: M, slug: 'branch-setup-labelled',
    spec: {
      client: 'outlook', from: { name: 'DOBSON, Angela (BRAMLEY HEALTH CENTRE)', email: 'angela.dobson@nhs.net' }, to: [PCSE.dmBare],
      subject: 'Set up PCSE Online access for branch practice', date: '2026-11-16T15:37:02Z',
      body: `Dear PCSE,

We would like to set up access to PCSE Online for our new branch practice. Our details are below.

**Main practice**
Practice name: Bramley Health Centre
Organisation type: GP
ODS code: B86089
Main contact: Angela Dobson
Main contact email: angela.dobson@nhs.net
Address: 2 Hough Lane, Bramley, Leeds, LS13 3NN
Telephone: 0113 257 0812

**Branch practice**
Main contact for branch: Mrs Angela Dobson
Main contact email: angela.dobson@nhs.net
Branch ODS code: B86089001
Branch name: Bramley Health Centre - Stanningley Surgery
Address: 60 Town Street, Stanningley, Leeds, LS28 6ER
Telephone: 0113 256 3744

Kind regards
Angela Dobson
Practice Manager
Bramley Health Centre`,
    },
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('B86089', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'B86089', name: 'Bramley Health Centre', mainContact: person('Angela Dobson', 'angela.dobson@nhs.net'), address: '2 Hough Lane, Bramley, Leeds, LS13 3NN', phone: '0113 257 0812' },
        branch: { odsCode: 'B86089001', name: 'Bramley Health Centre - Stanningley Surgery', address: '60 Town Street, Stanningley, Leeds, LS28 6ER', phone: '0113 256 3744', mainContact: { ...person('Angela Dobson', 'angela.dobson@nhs.net'), title: 'Mrs' } },
      },
      mustRaise: [], traits: ['labelled_lines', 'same_contact_both_sites'],
    },
  });

  out.push({
    mailbox: M, slug: 'branch-setup-website-questions',
    spec: {
      client: 'owa', from: { name: 'HUGHES, Daniel (RIVERSIDE MEDICAL PRACTICE)', email: 'daniel.hughes5@nhs.net' }, to: [PCSE.dmBare],
      subject: 'Branch practice set up - Riverside Medical Practice', date: '2026-11-19T16:12:44Z',
      body: `Hi,

I would like to set up access to PCSE Online for a branch practice. Please see the information requested on your website below.

Details of your main practice
- The name of your main practice: Riverside Medical Practice
- Your organisation type (GP): GP
- The organisation/ODS code for your main practice: N84017
- The name of the main contact PCSE holds for your main practice: Dr Elaine Foster
- The email address for the main contact we hold for your main practice: elaine.foster@nhs.net
- The main practice/organisation address: Riverside Health Centre, Canal Street, Bootle, L20 8AB
- The main practice telephone number: 0151 922 4410

Details of your branch practice
- The name of the main contact you would like to set up for your branch including title: Mr Daniel Hughes
- The email address for the main contact you would like to set up for your branch: daniel.hughes5@nhs.net
- The ODS code for your branch: N84071001
- The name of your new branch practice: Riverside Medical Practice (Litherland)
- The new branch practice/organisation address: Litherland Town Hall Health Centre, Hatton Hill Road, Litherland, L21 9JN
- The new branch practice telephone number: 0151 475 4667

Thanks
Dan Hughes
Operations Manager
Riverside Medical Practice`,
    },
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('N84017', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'N84017', name: 'Riverside Medical Practice', mainContact: person('Elaine Foster', 'elaine.foster@nhs.net'), address: 'Riverside Health Centre, Canal Street, Bootle, L20 8AB', phone: '0151 922 4410' },
        branch: { odsCode: 'N84071001', name: 'Riverside Medical Practice (Litherland)', address: 'Litherland Town Hall Health Centre, Hatton Hill Road, Litherland, L21 9JN', phone: '0151 475 4667', mainContact: { ...person('Daniel Hughes', 'daniel.hughes5@nhs.net'), title: 'Mr' } },
      },
      mustRaise: ['branch_code_mismatch'], traits: ['seed_questions_answered', 'transposed_digits_in_branch_code', 'nickname_in_signature'],
    },
  });

  const d11pdf = await renderPdf(
    odsReport(),
    {
      code: 'B83620002', name: 'HAWTHORN MEDICAL PRACTICE - LOW MOOR BRANCH', addr1: '2 HUDDERSFIELD ROAD', addr2: 'LOW MOOR', town: 'BRADFORD', postcode: 'BD12 0TQ',
      role: 'BRANCH SURGERY', parent: 'B83620 - HAWTHORN MEDICAL PRACTICE', start: '01/12/2026', reportDate: '19/11/2026',
    },
    { mode: 'flat', meta: { title: 'Organisation Details Report B83620002', creator: 'ODS Reporting', producer: 'iText 7.2.5', date: '2026-11-19T08:30:00Z' } },
  );
  out.push({
    mailbox: M, slug: 'branch-setup-ods-report', pdfs: ['flat'],
    spec: {
      client: 'outlook', from: { name: 'RAHMAN, Nadia (HAWTHORN MEDICAL PRACTICE)', email: 'nadia.rahman@nhs.net' }, to: [PCSE.dmBare],
      subject: 'New branch - Hawthorn Medical Practice Low Moor', date: '2026-11-25T10:28:19Z',
      body: `Good morning,

We have now received our branch ODS code from the ODS team (report attached) and would like to set up PCSE Online access for the branch.

Main practice: Hawthorn Medical Practice, B83620
Main contact: Dr Nadia Rahman, nadia.rahman@nhs.net
Address: 115 Hawthorn Street, Bradford, BD3 9NL
Tel: 01274 683 901

Branch: Hawthorn Medical Practice - Low Moor Branch, B83620002
Address: 2 Huddersfield Road, Low Moor, Bradford, BD12 0TQ
Tel: 01274 679 552
Branch main contact: Dr Nadia Rahman (nadia.rahman@nhs.net) - I will be the main contact for both sites.

Regards

Dr Nadia Rahman
GP Partner & Main Contact
Hawthorn Medical Practice`,
      attachments: [{ filename: 'ODS Report B83620002.pdf', data: d11pdf }],
    },
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('B83620', 'gp_practice'),
      fields: {
        mainPractice: { odsCode: 'B83620', name: 'Hawthorn Medical Practice', mainContact: person('Nadia Rahman', 'nadia.rahman@nhs.net'), address: '115 Hawthorn Street, Bradford, BD3 9NL', phone: '01274 683 901' },
        branch: { odsCode: 'B83620002', name: 'Hawthorn Medical Practice - Low Moor Branch', address: '2 Huddersfield Road, Low Moor, Bradford, BD12 0TQ', phone: '01274 679 552', mainContact: { ...person('Nadia Rahman', 'nadia.rahman@nhs.net'), title: 'Dr' } },
      },
      mustRaise: [], traits: ['pdf_flat', 'supporting_document', 'name_and_code_on_one_line', 'same_contact_both_sites'],
    },
  });

  // ---------------------------------------------------------------- misdirected main contact change from a phone
  out.push({
    mailbox: M, slug: 'main-contact-change-misdirected',
    spec: {
      client: 'ios', from: { name: 'Graham Lane', email: 'graham@fosterandlane.co.uk' }, to: [PCSE.dmBare],
      subject: 'Main contact', date: '2026-11-26T15:50:27Z',
      body: `Hi, can you change the main contact for Foster & Lane Opticians (TPK09) to me please, Graham Lane, graham@fosterandlane.co.uk. Our previous main contact Sheila Foster has retired.
Thanks
Graham`,
    },
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('TPK09', 'ophthalmic_practice'),
      fields: { newMainContact: person('Graham Lane', 'graham@fosterandlane.co.uk') },
      mustRaise: [], traits: ['misdirected', 'mobile', 'one_paragraph', 'own_domain'],
    },
  });

  // ---------------------------------------------------------------- unclassified
  const d13conf = {
    from: PCSE.dm, to: [{ name: 'SMITH, Claire (FERNHILL SURGERY)', email: 'claire.smith84@nhs.net' }], date: '2026-11-19T15:40:11Z',
    subject: 'PCSE-2026-041155 Update practice email address',
    body: `Dear Claire,

We have updated the practice email address for Fernhill Surgery (J83015). A confirmation has been sent to the new address.

${PCSE_SIGN}`,
  };
  out.push({
    mailbox: M, slug: 'thanks-email-updated',
    spec: {
      client: 'outlook', from: { name: 'SMITH, Claire (FERNHILL SURGERY)', email: 'claire.smith84@nhs.net' }, to: [PCSE.dm],
      subject: 'RE: PCSE-2026-041155 Update practice email address', date: '2026-11-20T08:58:31Z',
      body: `Thank you for confirming, much appreciated.

Claire`,
      quoted: [d13conf],
    },
    expected: unclassified(['thanks', 'case_reference', 'reply_in_thread']),
  });

  const d15ack = {
    from: PCSE.dm, to: [{ name: 'AKHTAR, Samina (PARK VIEW SURGERY)', email: 'samina.akhtar@nhs.net' }], date: '2026-11-02T12:15:40Z',
    subject: 'PCSE-2026-039954 Branch set up - Park View Surgery',
    body: `Thank you for contacting Primary Care Support England.

Your enquiry has been logged under reference PCSE-2026-039954. Please quote this reference in any further correspondence about this enquiry.

${PCSE_SIGN}`,
  };
  out.push({
    mailbox: M, slug: 'chaser-branch',
    spec: {
      client: 'owa', from: { name: 'AKHTAR, Samina (PARK VIEW SURGERY)', email: 'samina.akhtar@nhs.net' }, to: [PCSE.dm],
      subject: 'RE: PCSE-2026-039954 Branch set up - Park View Surgery', date: '2026-11-26T10:11:52Z',
      body: `Hello,

Is there any update on this? We sent our branch details over three weeks ago and the branch opens on 1 December. Nobody has called us yet to verify the details.

Kind regards

Samina Akhtar
Practice Manager
Park View Surgery`,
      quoted: [d15ack],
    },
    expected: unclassified(['chaser', 'case_reference', 'reply_in_thread']),
  });

  out.push({
    mailbox: M, slug: 'question-branch-code',
    spec: {
      client: 'outlook', from: { name: 'BARNES, Lynne (CEDARS MEDICAL CENTRE)', email: 'lynne.barnes@nhs.net' }, to: [PCSE.dmBare],
      subject: 'New branch site - what do you need?', date: '2026-11-23T12:30:04Z',
      body: `Hello,

We are opening a branch site in the spring. Do we need to get the ODS code for it before we contact you, and is there a form for setting up PCSE Online for a branch or do we just email the details?

Many thanks

Lynne Barnes
Practice Manager
Cedars Medical Centre`,
    },
    expected: unclassified(['question', 'mentions_future_request']),
  });

  // ---------------------------------------------------------------- a bounce of PCSE's own confirmation
  const orig = buildMail({
    client: 'outlook', from: PCSE.dm, to: [{ email: 'thevalley.practice@nhs.net' }],
    subject: 'PCSE-2026-041290 Practice email address updated', date: '2026-11-18T14:30:41Z', footer: false,
    body: `Dear colleague,

This is to confirm that the practice email address held by PCSE for your practice has been updated to this address.

${PCSE_SIGN}`,
  });
  const bd = '2026-11-18T14:31:09Z';
  const hb = sha(`bounce|${bd}`);
  const ndrText = `Your message to thevalley.practice@nhs.net couldn't be delivered.

thevalley.practice wasn't found at nhs.net.

pcse.datamanager    Office 365    thevalley.practice
Action Required                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, open the message, delete the recipient's address from the To line and type it again.

More Info for Email Admins
Status code: 550 5.1.10

Original Message Details
Created Date: ${rfcDate('2026-11-18T14:30:41Z')}
Sender Address: pcse.datamanager@nhs.net
Recipient Address: thevalley.practice@nhs.net
Subject: PCSE-2026-041290 Practice email address updated

Error Details
Error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient thevalley.practice@nhs.net not found by SMTP address lookup
Message rejected by: LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
`;
  const ndrHtml = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:'Segoe UI',Frutiger,'Frutiger Linotype','Dejavu Sans','Helvetica Neue',Arial,sans-serif">${ndrText.split('\n').map((l) => (l ? `<p style="margin:0">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>` : '<br>')).join('\n')}</div></body></html>`;
  const status = `Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO4P265MB6012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: ${rfcDate('2026-11-18T14:30:41Z')}

Final-Recipient: rfc822;thevalley.practice@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient thevalley.practice@nhs.net not found by SMTP address lookup
`;
  const alt = multipart('alternative', `_000_${hb.slice(0, 24)}_`, [textPart(ndrText, { charset: 'us-ascii' }), textPart(ndrHtml, { html: true, charset: 'utf-8' })]);
  const report = multipart('report', `_004_${hb.slice(24, 48)}_`, [
    alt,
    { headers: ['Content-Type: message/delivery-status'], body: status.split('\n').join('\r\n') },
    { headers: ['Content-Type: message/rfc822'], body: orig.eml },
  ], 'report-type=delivery-status');
  const raw = render([
    `Received: from LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with mapi id 15.20.8293.017; ${rfcDate(bd)}`,
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>',
    'To: PCSE Data Manager <pcse.datamanager@nhs.net>',
    'Subject: Undeliverable: PCSE-2026-041290 Practice email address updated',
    'Thread-Topic: PCSE-2026-041290 Practice email address updated',
    `Date: ${rfcDate(bd)}`,
    `Message-ID: <${hb.slice(0, 8)}-${hb.slice(8, 12)}-${hb.slice(12, 16)}-${hb.slice(16, 20)}-${hb.slice(20, 32)}@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>`,
    `In-Reply-To: ${orig.messageId}`,
    `References: ${orig.messageId}`,
    'Auto-Submitted: auto-replied',
    'X-MS-Exchange-Message-Is-Ndr: ',
    'Content-Language: en-GB',
    'X-MS-Has-Attach: yes',
  ], report);
  out.push({ mailbox: M, slug: 'bounce-confirmation', raw, expected: unclassified(['bounce', 'ndr', 'case_reference'], 'bounce') });

  return out;
}
