// datamanager: practice email changes, a main contact extension, a branch, a misdirected unlock, thanks and a bounce.
import { addr, boundaryFor, crlf, NHSMAIL_FOOTER } from './lib.js';
import { date, org, person, type Email } from './model.js';

const M = 'datamanager' as const;
const oid = (n: number): string => `<CWLP265MB${(3100 + n * 53).toString()}${String.fromCharCode(66 + (n % 24))}${n}D@CWLP265MB${3100 + n * 53}.GBRP265.PROD.OUTLOOK.COM>`;

export function datamanagerEmails(): Email[] {
  const out: Email[] = [];

  out.push({
    mailbox: M,
    slug: 'practice-email-update',
    spec: {
      from: addr('Lindsey Parr', 'lindsey.parr@nhs.net'),
      subject: 'Update practice email address',
      date: date(1, 9, 36, 7),
      messageId: oid(1),
      text: `Hello,

Please update our practice email address. We have moved to a new shared mailbox and the old one will be closed at the end of the month, so we will miss your emails.

Practice name: Cedar Lodge Surgery
Practice code: M83627
Current practice email: cedarlodge.surgery@nhs.net
New practice email: cedarlodge.admin@nhs.net

Thanks
Lindsey Parr
Practice Manager`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('M83627'),
      fields: { currentEmail: 'cedarlodge.surgery@nhs.net', newEmail: 'cedarlodge.admin@nhs.net' },
      mustRaise: [],
      traits: ['labelled_lines'],
    },
  });

  out.push({
    mailbox: M,
    slug: 'practice-email-update-individual',
    spec: {
      from: addr('Craig Munro', 'craig.munro@nhs.net'),
      subject: 'Change of practice email',
      date: date(4, 14, 48, 19),
      messageId: oid(2),
      text: `Hi,

Nobody checks our old practice inbox (hawthorn.practice@nhs.net) any more and we've lost access to it since the last manager left, so please can you change the practice email on PCSE Online to mine, craig.munro@nhs.net, until we get a new generic one sorted.

Hawthorn Medical Practice, W91044

Cheers
Craig Munro
Practice Manager`,
    },
    expected: {
      kind: 'practice_email_update',
      ignored: null,
      organisation: org('W91044'),
      fields: { currentEmail: 'hawthorn.practice@nhs.net', newEmail: 'craig.munro@nhs.net' },
      mustRaise: ['individual_mailbox'],
      traits: ['prose', 'personal_address_as_practice_email'],
    },
  });

  out.push({
    mailbox: M,
    slug: 'main-contact-extension',
    spec: {
      from: addr('Rebecca Thornton', 'rebecca.thornton@nhs.net'),
      subject: 'Extend main contact to new practice',
      date: date(5, 10, 55, 40),
      messageId: oid(3),
      text: `Dear Data Manager team,

We have taken over a second practice and I'd like to extend my main contact role to the new practice so I can order supplies there - the staff at the new site can't log in at all at the moment.

Existing practice
Name: Orchard House Surgery
ODS code: B82617
Main contact: Rebecca Thornton
Main contact email: rebecca.thornton@nhs.net
Address: Orchard House
14 Mill Lane
Harrogate
HG1 4PJ
Telephone: 01423 500 311

New practice
ODS code: B82094
Name: Knaresborough Road Surgery
Address: 77 Knaresborough Road, Harrogate, HG2 7LU

Kind regards
Rebecca Thornton
Managing Partner (non-clinical)
${NHSMAIL_FOOTER}`,
    },
    expected: {
      kind: 'main_contact_extension',
      ignored: null,
      organisation: org('B82617'),
      fields: {
        existingPractice: {
          odsCode: 'B82617',
          name: 'Orchard House Surgery',
          mainContact: person('Rebecca Thornton', 'rebecca.thornton@nhs.net'),
          address: 'Orchard House, 14 Mill Lane, Harrogate, HG1 4PJ',
          phone: '01423 500 311',
        },
        newPractice: { odsCode: 'B82094', name: 'Knaresborough Road Surgery', address: '77 Knaresborough Road, Harrogate, HG2 7LU' },
      },
      mustRaise: [],
      traits: ['multi_line_address', 'labelled_blocks'],
    },
  });

  out.push({
    mailbox: M,
    slug: 'branch-setup',
    spec: {
      from: addr('Sunita Patel', 'sunita.patel14@nhs.net'),
      subject: 'Set up PCSE Online access for branch practice',
      date: date(7, 11, 13, 25),
      messageId: oid(4),
      text: `Hello,

We would like to set up access to PCSE Online for our new branch practice. The branch staff have no access yet.

Main practice
Practice name: Meadowbank Medical Centre
Organisation type: GP
ODS code: P84072
Main contact: Sunita Patel
Main contact email: sunita.patel14@nhs.net
Address: 2 Meadowbank Road, Stockport, SK4 3DE
Telephone: 0161 432 7781

Branch practice
Main contact: Mrs Hannah Brierley
Email: hannah.brierley@nhs.net
Branch ODS code: P84072002
Branch name: Meadowbank at Heaton Chapel
Address: Unit 4, Heaton Chapel Shopping Parade, Manchester Road, Stockport, SK4 2NB
Telephone: 0161 432 7790

Kind regards
Sunita Patel
Practice Manager`,
    },
    expected: {
      kind: 'branch_setup',
      ignored: null,
      organisation: org('P84072'),
      fields: {
        mainPractice: {
          odsCode: 'P84072',
          name: 'Meadowbank Medical Centre',
          mainContact: person('Sunita Patel', 'sunita.patel14@nhs.net'),
          address: '2 Meadowbank Road, Stockport, SK4 3DE',
          phone: '0161 432 7781',
        },
        branch: {
          odsCode: 'P84072002',
          name: 'Meadowbank at Heaton Chapel',
          address: 'Unit 4, Heaton Chapel Shopping Parade, Manchester Road, Stockport, SK4 2NB',
          phone: '0161 432 7790',
          mainContact: { name: 'Hannah Brierley', email: 'hannah.brierley@nhs.net', title: 'Mrs' },
        },
      },
      mustRaise: [],
      traits: ['labelled_blocks', 'branch_title'],
    },
  });

  out.push({
    mailbox: M,
    slug: 'misdirected-unlock',
    spec: {
      from: addr('Patrick Doyle', 'patrick.doyle5@nhs.net'),
      subject: 'Locked out of PCSE',
      date: date(8, 13, 39, 3),
      messageId: oid(5),
      text: `Hi,

Sorry if this is the wrong inbox - I'm locked out of PCSE Online after too many goes at my password. User: patrick.doyle5@nhs.net

I'm a GP registrar (ST3) at Carlton Grove Surgery, C84031.

Thanks
Paddy`,
    },
    expected: {
      kind: 'account_unlock',
      ignored: null,
      organisation: org('C84031'),
      fields: { username: 'patrick.doyle5@nhs.net' },
      mustRaise: [],
      traits: ['misdirected', 'nickname_in_signoff'],
    },
  });

  out.push({
    mailbox: M,
    slug: 'thanks-email-updated-ref',
    spec: {
      from: addr('Cedar Lodge Surgery', 'cedarlodge.admin@nhs.net'),
      subject: 'RE: Practice email address updated [PCSE-2026-019215]',
      date: date(9, 9, 1, 30),
      messageId: oid(6),
      inReplyTo: '<done.PCSE-2026-019215@pcse.england.nhs.uk>',
      text: `Received, thank you very much.

Lindsey

-----Original Message-----
From: PCSE Data Manager <pcse.datamanager@nhs.net>
Sent: 13 November 2026 16:40
Subject: Practice email address updated [PCSE-2026-019215]

Your practice email address has been updated on PCSE Online.`,
    },
    expected: { kind: 'unclassified', ignored: null, organisation: null, fields: {}, mustRaise: [], traits: ['thanks', 'case_ref_subject', 'quoted_reply'] },
  });

  // delivery failure: PCSE's reply to an old practice address bounced back
  const mid = '<NDR.4f1a90c2@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>';
  const b = boundaryFor(mid, 0);
  const raw = crlf(`Content-Type: multipart/report; report-type=delivery-status; boundary="${b}"

--${b}
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to pm.oldfield@nhs.net couldn't be delivered.

pm.oldfield wasn't found at nhs.net.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
Subject: Your PCSE Online account has been reactivated [PCSE-2026-018422]

--${b}
Content-Type: message/delivery-status

Reporting-MTA: dns;LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;pcse-mailer.england.nhs.uk
Arrival-Date: Wed, 18 Nov 2026 10:02:11 +0000

Final-Recipient: rfc822;pm.oldfield@nhs.net
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--${b}
Content-Type: text/rfc822-headers

From: PCSE Data Manager <pcse.datamanager@nhs.net>
To: pm.oldfield@nhs.net
Subject: Your PCSE Online account has been reactivated [PCSE-2026-018422]
Date: Wed, 18 Nov 2026 10:02:09 +0000

--${b}--
`);
  out.push({
    mailbox: M,
    slug: 'bounce-ndr',
    spec: {
      from: addr('Microsoft Outlook', 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@nhs.net'),
      subject: 'Undeliverable: Your PCSE Online account has been reactivated [PCSE-2026-018422]',
      date: date(12, 10, 2, 12),
      messageId: mid,
      extraHeaders: [['Auto-Submitted', 'auto-replied'], ['X-MS-Exchange-Message-Is-Ndr', '']],
      raw,
    },
    expected: { kind: 'unclassified', ignored: 'bounce', organisation: null, fields: {}, mustRaise: [], traits: ['bounce', 'multipart_report'] },
  });

  return out;
}
