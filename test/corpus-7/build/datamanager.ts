/** Emails to pcse.datamanager@nhs.net. */
import {
  F, FOOTER, FOOTER_HTML, arrives, both, date, org, outlook, p, paras, quoteHeaderHtml, quoteHeaderText, sentLine, table,
  type Entry,
} from './common.js';

const M = 'datamanager' as const;

export const DATAMANAGER: Entry[] = [
  {
    n: 27, slug: 'email-update-html-table', mailbox: M,
    message: arrives(M, 'Whitecross Surgery - Office Manager <whitecross.surgery@nhs.net>', 'Update practice email address', date(12, 1, '09:31:20'), 'c7d027', {
      encoding: 'quoted-printable',
      html: outlook(`${paras(`Good morning,

Please update the practice email address you hold for us:
`)}
${table([
  ['Practice name', 'Whitecross Surgery'],
  ['Practice code', 'N81088'],
  ['Current practice email', 'whitecross.surgery@nhs.net'],
  ['New practice email', 'cheshire.whitecrosssurgery@nhs.net'],
])}
${paras(`
The new address is our shared practice mailbox; the old one will be closed at the end of the month.

Kind regards
Office Manager
Whitecross Surgery`)}
${FOOTER_HTML}`),
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('N81088', 'gp_practice'),
      fields: F.practiceEmail('whitecross.surgery@nhs.net', 'cheshire.whitecrosssurgery@nhs.net'),
      mustRaise: [], traits: ['html-only', 'html-table', 'shared-mailbox-sender', 'current-is-sender-address'],
    },
  },
  {
    n: 28, slug: 'email-update-to-personal-mailbox', mailbox: M,
    message: arrives(M, 'Sandra Pike <sandra.pike@nhs.net>', 'Update practice email address - Stoneygate MC', date(12, 1, '12:05:41'), 'c7d028', {
      text: `Hello

Our generic inbox stoneygate.mc@nhs.net is being closed down, so please change our practice email address to mine, sandra.pike@nhs.net, as I am the practice manager and deal with everything from PCSE anyway.

Stoneygate Medical Centre, practice code C82071.

Thanks
Sandra Pike
Practice Manager
${FOOTER}`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('C82071', 'gp_practice'),
      fields: F.practiceEmail('stoneygate.mc@nhs.net', 'sandra.pike@nhs.net'),
      mustRaise: ['individual_mailbox'], traits: ['individual-mailbox', 'free-prose', 'plain-text', 'new-is-sender-address'],
    },
  },
  {
    n: 29, slug: 'email-update-iphone-lowercase-code', mailbox: M,
    message: arrives(M, 'Dawn Fielding <dawn.fielding@nhs.net>', 'Update practice email address', date(12, 1, '21:17:03'), 'c7d029', {
      text: `Hi practice code m85 123 Kingsbury Health Centre. current email kingsbury.hc@nhs.net new email kingsburyhealthcentre@nhs.net thanks Dawn

Sent from my iPhone`,
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('M85123', 'gp_practice'),
      fields: F.practiceEmail('kingsbury.hc@nhs.net', 'kingsburyhealthcentre@nhs.net'),
      mustRaise: [], traits: ['mobile-one-liner', 'lowercase-ods', 'spaced-ods', 'no-labels'],
    },
  },
  {
    n: 30, slug: 'email-update-request-in-quote', mailbox: M,
    message: arrives(M, 'Jenny Marsh <jenny.marsh3@nhs.net>', 'FW: PCSE still have our old email', date(12, 2, '10:45:12'), 'c7d030', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Hi,

Please see below from Dr Hale – can you update this for us?

Thanks
Jenny Marsh
Practice Manager
Bramblefield Surgery (D82044)`)}
${quoteHeaderHtml('Hale Thomas <thomas.hale@nhs.net>', sentLine(12, 1, '18:03'), 'Jenny Marsh <jenny.marsh3@nhs.net>', 'PCSE still have our old email')}
${paras(`Jenny,

PCSE are still writing to our old generic address bramblefield.surgery@nhs.net which nobody checks any more. Can you ask them to change the practice email to nwicb.bramblefield@nhs.net?

Tom`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('D82044', 'gp_practice'),
      fields: F.practiceEmail('bramblefield.surgery@nhs.net', 'nwicb.bramblefield@nhs.net'),
      mustRaise: [], traits: ['forwarded-inline', 'request-in-quote', 'surname-first-display-name', 'code-only-in-signature', 'multipart-alternative'],
    },
  },
  {
    n: 31, slug: 'extension-pharmacy-repeated-labels-tables', mailbox: M,
    message: arrives(M, 'Rupal Shah <rupal.shah@nhs.net>', 'Extend main contact to new pharmacy - Greenway Pharmacy Wordsley', date(12, 2, '14:20:00'), 'c7d031', {
      encoding: 'quoted-printable',
      html: outlook(`${paras(`Dear Data Manager team,

I would like to extend my main contact role to our new pharmacy. Details of both are below.

**Existing pharmacy**`)}
${table([
  ['Name', 'Greenway Pharmacy - Kingswinford'],
  ['ODS code', 'FQ214'],
  ['Main contact', 'Rupal Shah'],
  ['Email', 'rupal.shah@nhs.net'],
  ['Address', '14 High Street, Kingswinford, DY6 8AP'],
  ['Telephone', '01384 277310'],
])}
${paras(`
**New pharmacy**`)}
${table([
  ['Name', 'Greenway Pharmacy - Wordsley'],
  ['ODS code', 'FK862'],
  ['Address', '3 Brierley Hill Road, Wordsley, Stourbridge, DY8 5SP'],
])}
${paras(`
Kind regards

Rupal Shah MPharm
Superintendent Pharmacist, Greenway Pharmacy Group`)}
${FOOTER_HTML}`),
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('FQ214', 'pharmacy'),
      fields: F.extension(
        { odsCode: 'FQ214', name: 'Greenway Pharmacy - Kingswinford', mainContact: p('Rupal Shah', 'rupal.shah@nhs.net'), address: '14 High Street, Kingswinford, DY6 8AP', phone: '01384 277310' },
        { odsCode: 'FK862', name: 'Greenway Pharmacy - Wordsley', address: '3 Brierley Hill Road, Wordsley, Stourbridge, DY8 5SP' },
      ),
      mustRaise: [], traits: ['pharmacy', 'repeated-labels', 'html-only', 'html-table', 'section-headings', 'post-nominals', 'main-contact-is-sender'],
    },
  },
  {
    n: 32, slug: 'extension-dental-multiline-address', mailbox: M,
    message: arrives(M, 'Smile Studio Dental Care <smilestudio.dental@nhs.net>', 'Extending main contact to our Telford practice', date(12, 3, '09:12:44'), 'c7d032', {
      text: `Hello,

We would like to extend our current main contact to our new practice in Telford.

EXISTING PRACTICE
Practice name: Smile Studio Dental Care
ODS code: V017823
Main contact: Dr Kwame Mensah
Main contact email: kwame.mensah@nhs.net
Address:
22 Castle Street
Shrewsbury
SY1 2BQ
Telephone: 01743 354900

NEW PRACTICE
ODS code: V093317
Practice name: Smile Studio Dental Care Telford
Address:
Unit 4, Southwater Square
Telford
TF3 4JG

Thank you
Smile Studio reception
${FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('V017823', 'dental_practice'),
      fields: F.extension(
        { odsCode: 'V017823', name: 'Smile Studio Dental Care', mainContact: p('Kwame Mensah', 'kwame.mensah@nhs.net'), address: '22 Castle Street, Shrewsbury, SY1 2BQ', phone: '01743 354900' },
        { odsCode: 'V093317', name: 'Smile Studio Dental Care Telford', address: 'Unit 4, Southwater Square, Telford, TF3 4JG' },
      ),
      mustRaise: [], traits: ['dental', 'multi-line-address', 'repeated-labels', 'section-headings', 'shared-mailbox-sender', 'honorific-in-value', 'plain-text'],
    },
  },
  {
    n: 33, slug: 'extension-optician-free-prose', mailbox: M,
    message: arrives(M, 'Chloé Bernard <chloe.bernard@nhs.net>', 'New practice', date(12, 3, '16:02:29'), 'c7d033', {
      encoding: 'quoted-printable',
      text: `Hi there,

I'm the main contact for Bernard Opticians (TPX31), 5 Market Place, Ludlow, SY8 1AQ, telephone 01584 872555, and my email is chloe.bernard@nhs.net. We have just bought a second practice, Corve Street Eyecare, whose new ODS code is TPX97 and which is at 41 Corve Street, Ludlow, SY8 2PG. Could you extend my main contact role to cover it please?

Many thanks
Chloé
${FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_extension', ignored: null, organisation: org('TPX31', 'ophthalmic_practice'),
      fields: F.extension(
        { odsCode: 'TPX31', name: 'Bernard Opticians', mainContact: p('Chloé Bernard', 'chloe.bernard@nhs.net'), address: '5 Market Place, Ludlow, SY8 1AQ', phone: '01584 872555' },
        { odsCode: 'TPX97', name: 'Corve Street Eyecare', address: '41 Corve Street, Ludlow, SY8 2PG' },
      ),
      mustRaise: [], traits: ['free-prose', 'no-labels', 'ophthalmic', 'non-ascii-name', 'main-contact-is-sender', 'quoted-printable'],
    },
  },
  {
    n: 34, slug: 'branch-three-column-table', mailbox: M,
    message: arrives(M, 'Joanne Pritchard <joanne.pritchard@nhs.net>', 'New branch set up - Hillcrest Medical Centre Burpham', date(12, 4, '11:11:36'), 'c7d034', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Dear PCSE,

We have received our branch ODS code and would like to set up PCSE Online access for our new branch practice. Organisation type: GP.
`)}
${table([
  ['', 'Main practice', 'Branch'],
  ['Practice name', 'Hillcrest Medical Centre', 'Hillcrest Medical Centre - Burpham'],
  ['ODS code', 'H81070', 'H81070002'],
  ['Main contact', 'Joanne Pritchard', 'Dr Imran Qureshi'],
  ['Main contact email', 'joanne.pritchard@nhs.net', 'imran.qureshi@nhs.net'],
  ['Address', 'Hillcrest Road, Guildford, GU2 7XX', '2 Kingpost Parade, Burpham, Guildford, GU4 7NX'],
  ['Telephone', '01483 300100', '01483 300160'],
], true)}
${paras(`
Kind regards,
Joanne Pritchard
Business Manager, Hillcrest Medical Centre`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('H81070', 'gp_practice'),
      fields: F.branch(
        { odsCode: 'H81070', name: 'Hillcrest Medical Centre', mainContact: p('Joanne Pritchard', 'joanne.pritchard@nhs.net'), address: 'Hillcrest Road, Guildford, GU2 7XX', phone: '01483 300100' },
        { odsCode: 'H81070002', name: 'Hillcrest Medical Centre - Burpham', address: '2 Kingpost Parade, Burpham, Guildford, GU4 7NX', phone: '01483 300160', mainContact: { title: 'Dr', name: 'Imran Qureshi', email: 'imran.qureshi@nhs.net' } },
      ),
      mustRaise: [], traits: ['html-table', 'two-column-values', 'table-header-row', 'branch-honorific', 'main-contact-is-sender', 'multipart-alternative'],
    },
  },
  {
    n: 35, slug: 'branch-code-transposed', mailbox: M,
    message: arrives(M, 'Sinéad Gallagher <sinead.gallagher@nhs.net>', 'Branch practice set up', date(12, 4, '15:48:03'), 'c7d035', {
      encoding: 'quoted-printable',
      text: `Hi,

Please set up PCSE Online access for our branch practice.

Main practice
Name: Northgate Family Practice
Organisation type: GP
ODS code: P84004
Main contact: Colin Jarvis
Email: colin.jarvis@nhs.net
Address: 1 Northgate, Rochdale, OL12 6AB
Telephone: 01706 651100

Branch practice
Name: Northgate Family Practice - Littleborough
ODS code: P84040001
Main contact: Mrs Sinéad Gallagher
Email: sinead.gallagher@nhs.net
Address: 60 Hare Hill Road, Littleborough, OL15 9HE
Telephone: 01706 378200

Thanks
Sinéad Gallagher
Branch Manager
${FOOTER}`,
    }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('P84004', 'gp_practice'),
      fields: F.branch(
        { odsCode: 'P84004', name: 'Northgate Family Practice', mainContact: p('Colin Jarvis', 'colin.jarvis@nhs.net'), address: '1 Northgate, Rochdale, OL12 6AB', phone: '01706 651100' },
        { odsCode: 'P84040001', name: 'Northgate Family Practice - Littleborough', address: '60 Hare Hill Road, Littleborough, OL15 9HE', phone: '01706 378200', mainContact: { title: 'Mrs', name: 'Sinéad Gallagher', email: 'sinead.gallagher@nhs.net' } },
      ),
      mustRaise: ['branch_code_mismatch'], traits: ['branch-code-mismatch', 'transposed-digits', 'repeated-labels', 'branch-honorific', 'non-ascii-name', 'branch-contact-is-sender'],
    },
  },
  {
    n: 36, slug: 'branch-same-contact-both', mailbox: M,
    message: arrives(M, 'Daniel Osei <daniel.osei@nhs.net>', 'Set up access for branch - Lowfield', date(12, 7, '10:03:19'), 'c7d036', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Good morning,

I'd like to set up PCSE Online access for our new branch. I am the main contact for the main practice and I will also be the main contact for the branch (Mr Daniel Osei, daniel.osei@nhs.net), so please add the branch to my existing account.

**Main practice:** Lowfield Medical Practice, ODS code G85031, 77 Lowfield Road, Sheffield, S2 3TY, tel 0114 258 1010. Organisation type GP.

**Branch:** Lowfield Medical Practice at Heeley, ODS code G85031001, 4 Gleadless Road, Sheffield, S2 3AB, tel 0114 258 1044.

Thanks
Daniel Osei
Practice Manager`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'branch_setup', ignored: null, organisation: org('G85031', 'gp_practice'),
      fields: F.branch(
        { odsCode: 'G85031', name: 'Lowfield Medical Practice', mainContact: p('Daniel Osei', 'daniel.osei@nhs.net'), address: '77 Lowfield Road, Sheffield, S2 3TY', phone: '0114 258 1010' },
        { odsCode: 'G85031001', name: 'Lowfield Medical Practice at Heeley', address: '4 Gleadless Road, Sheffield, S2 3AB', phone: '0114 258 1044', mainContact: { title: 'Mr', name: 'Daniel Osei', email: 'daniel.osei@nhs.net' } },
      ),
      mustRaise: [], traits: ['two-roles-stated', 'free-prose', 'branch-honorific', 'inline-values', 'outlook-html', 'multipart-alternative'],
    },
  },
  {
    n: 37, slug: 'misdirected-unlock', mailbox: M,
    message: arrives(M, 'Oksana Petrenko <oksana.petrenko@nhs.net>', 'locked out', date(12, 7, '13:40:58'), 'c7d037', {
      text: `Hello, I am locked out of PCSE Online after entering wrong password. My username is oksana.petrenko@nhs.net. Please unlock.

Oksana Petrenko
Dental Nurse, Abbeygate Dental`,
    }),
    expected: {
      kind: 'account_unlock', ignored: null, organisation: org(null, 'dental_practice'),
      fields: F.unlock('oksana.petrenko@nhs.net'),
      mustRaise: [], traits: ['misdirected', 'terse', 'plain-text'],
    },
  },
  {
    n: 38, slug: 'thank-you-case-ref', mailbox: M,
    message: arrives(M, 'Kingsbury Health Centre <kingsburyhealthcentre@nhs.net>', 'RE: PCSE-2026-004388 Practice email address updated', date(12, 8, '09:15:22'), 'c7d038', {
      text: `Thank you, all working now!

Dawn

${quoteHeaderText('PCSE Data Manager <pcse.datamanager@nhs.net>', sentLine(12, 7, '16:20'), 'kingsburyhealthcentre@nhs.net', 'PCSE-2026-004388 Practice email address updated')}
We have updated the practice email address for Kingsbury Health Centre (M85123) to kingsburyhealthcentre@nhs.net.
${FOOTER}`,
    }),
    expected: {
      kind: 'unclassified', ignored: null, organisation: null, fields: F.none(),
      mustRaise: [], traits: ['thank-you', 'case-ref', 'quoted-history'],
    },
  },
  {
    n: 39, slug: 'bounce-ndr', mailbox: M,
    raw: ndr(),
    expected: {
      kind: 'unclassified', ignored: 'bounce', organisation: null, fields: F.none(),
      mustRaise: [], traits: ['bounce', 'ndr', 'multipart-report', 'case-ref'],
    },
  },
  {
    n: 40, slug: 'main-contact-change-misdirected-fw', mailbox: M,
    message: arrives(M, 'Gareth Pugh <gareth.pugh@nhs.net>', 'FW: Main contact', date(12, 8, '11:50:27'), 'c7d040', {
      encoding: 'quoted-printable',
      text: `Sending to you as I wasn't sure which mailbox deals with this.

Gareth Pugh
Practice Manager, Afon Medical Group (N83012)

${quoteHeaderText('Gareth Pugh <gareth.pugh@nhs.net>', sentLine(12, 8, '11:47'), 'Lucy Bowen <lucy.bowen@nhs.net>', 'Main contact')}
Lucy – as agreed I'm asking PCSE to make you our main contact instead of me, using lucy.bowen@nhs.net.

Gareth
${FOOTER}`,
    }),
    expected: {
      kind: 'main_contact_change', ignored: null, organisation: org('N83012', 'gp_practice'),
      fields: F.mainContactChange(p('Lucy Bowen', 'lucy.bowen@nhs.net')),
      mustRaise: [], traits: ['misdirected', 'forwarded-own-message', 'request-in-quote', 'old-contact-is-sender', 'code-only-in-signature'],
    },
  },
  {
    n: 59, slug: 'email-update-letter-for-digit-code', mailbox: M,
    message: arrives(M, 'Harbour View Surgery <harbourview.surgery@nhs.net>', 'Update practice email address', date(12, 9, '08:44:12'), 'c7d059', {
      encoding: 'quoted-printable',
      ...both(outlook(`${paras(`Good morning,

Please could you update the practice email address for Harbour View Surgery, practice code K8I033.

Current: harbourview.surgery@nhs.net
New: kernow.harbourviewsurgery@nhs.net

The new mailbox is our shared practice inbox.

Kind regards,
Harbour View Surgery Administration`)}
${FOOTER_HTML}`)),
    }),
    expected: {
      kind: 'practice_email_update', ignored: null, organisation: org('K8I033', 'gp_practice'),
      fields: F.practiceEmail('harbourview.surgery@nhs.net', 'kernow.harbourviewsurgery@nhs.net'),
      mustRaise: ['ods_invalid'], traits: ['malformed-ods', 'letter-for-digit', 'short-labels', 'shared-mailbox-sender', 'current-is-sender-address', 'multipart-alternative'],
    },
  },
];

/** An NHSmail non-delivery report for one of PCSE's replies, as Exchange writes it. */
function ndr(): string {
  const b = '_c7_ndr_boundary_0001_';
  return [
    'Authentication-Results: spf=none smtp.mailfrom=; dkim=none; dmarc=none',
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net>',
    'To: <pcse.datamanager@nhs.net>',
    'Subject: Undeliverable: PCSE-2026-004402 Practice email address updated',
    `Date: ${date(12, 8, '16:02:11')}`,
    'Message-ID: <c7d039-ndr@AM9P265MB1731.GBRP265.PROD.OUTLOOK.COM>',
    'Auto-Submitted: auto-replied',
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"`,
    '',
    `--${b}`,
    'Content-Type: text/plain; charset="us-ascii"',
    '',
    "Your message to westfield.practice@nhs.net couldn't be delivered.",
    "westfield.practice wasn't found at nhs.net.",
    '',
    'Diagnostic information for administrators:',
    'Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
    '',
    `--${b}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns;AM9P265MB1731.GBRP265.PROD.OUTLOOK.COM',
    '',
    'Final-Recipient: rfc822;westfield.practice@nhs.net',
    'Action: failed',
    'Status: 5.1.10',
    'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound',
    '',
    `--${b}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: PCSE Data Manager <pcse.datamanager@nhs.net>',
    'To: westfield.practice@nhs.net',
    'Subject: PCSE-2026-004402 Practice email address updated',
    `Date: ${date(12, 8, '16:01:58')}`,
    'Message-ID: <PCSE-2026-004402.2@pcse.england.nhs.uk>',
    '',
    `--${b}--`,
    '',
  ].join('\r\n');
}
