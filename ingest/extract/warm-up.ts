import type { Mailbox } from '../../core/domain/case.js';

/**
 * Made-up emails an extraction thread reads before it says it is ready. A fresh thread runs its first emails on
 * unoptimised code, two to three times slower than once the patterns and parsers are compiled; after a start, a
 * restart into a backlog or a recycled thread, the first real emails then pay nothing for it. They cover the paths
 * most mail takes: plain text, HTML with a table, a forward, quoted-printable. No real person, code or address.
 */
export const WARM_UP_EMAILS: readonly { mailbox: Mailbox; raw: Buffer }[] = [
  {
    mailbox: 'portalenquiries',
    raw: email([
      'From: Sam Example <sam.example@nhs.net>',
      'To: portalenquiries@example.invalid',
      'Subject: Account locked',
      'Content-Type: text/plain; charset=utf-8',
    ], [
      'Hello,',
      '',
      'My PCSE Online account is locked after too many password attempts.',
      'Username: sam.example@nhs.net',
      'Please unlock it.',
      '',
      'Thanks,',
      'Sam Example',
      'Practice Manager',
      'Example Surgery Y99999',
    ]),
  },
  {
    mailbox: 'portalenquiries',
    raw: email([
      'From: "Example, Alex" <alex.example@nhs.net>',
      'To: portalenquiries@example.invalid',
      'Cc: Dr Robin Example <robin.example@nhs.net>',
      'Subject: RE: User administrator nomination - Y99998',
      'Content-Type: multipart/alternative; boundary="warm"',
    ], [
      '--warm',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Please add our new user administrator for Example Health Centre (Y99998).=',
      '',
      'Name: Jordan Example',
      '--warm',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Please add our new user administrator for <b>Example Health Centre</b> (Y99998).</p>',
      '<table><tr><td>Name</td><td>Jordan Example</td></tr><tr><td>Email</td><td>jordan.example@nhs.net</td></tr>',
      '<tr><td>Role</td><td>Practice Manager</td></tr></table><p>Approved by Dr Robin Example, GP Partner.</p>',
      '<p>Kind regards<br>Alex Example<br>Administrator</p></body></html>',
      '--warm--',
    ]),
  },
  {
    mailbox: 'datamanager',
    raw: email([
      'From: Reception <reception.example@nhs.net>',
      'To: datamanager@example.invalid',
      'Subject: Fwd: Change of main contact and practice email',
      'Content-Type: text/plain; charset=utf-8',
    ], [
      'Forwarding as requested.',
      '',
      '---------- Forwarded message ---------',
      'From: Dr Kim Example <kim.example@nhs.net>',
      'Subject: Change of main contact',
      '',
      'Please change the main contact for Example Practice (Y99997) to Casey Example, casey.example@nhs.net,',
      'and update our practice email to example.practice@nhs.net.',
      '',
      'Kind regards',
      'Dr Kim Example',
    ]),
  },
];

/** How many times each is read: enough for the hot paths to be compiled. */
export const WARM_UP_PASSES = 3;

function email(headers: string[], body: string[]): Buffer {
  const head = [...headers, 'Date: Mon, 02 Nov 2026 09:00:00 +0000', 'Message-ID: <warm-up@example.invalid>', 'MIME-Version: 1.0'];
  return Buffer.from(`${head.join('\r\n')}\r\n\r\n${body.join('\r\n')}\r\n`);
}
