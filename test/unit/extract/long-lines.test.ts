import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';

/** Run shapes that made patterns with a leading repeated class quadratic (one scan per start position). */
const RUNS = ['x', 'ABC', '(', 'a.b', 'x-', "O'", '1', 'nhs.', 'Jane Smith ', 'a@', 'Dr Jane Smith (jane.smith@nhs.net) A81001, '];

const email = (subject: string, body: string) =>
  Buffer.from(`From: Jo Bloggs <jo.bloggs@nhs.net>\r\nTo: portalenquiries@nhs.net\r\nSubject: ${subject}\r\nMessage-ID: <long@x>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHello\r\n${body}\r\n\r\nJo Bloggs\r\n`);

describe('extractCase on very long lines', () => {
  it.each(RUNS)('a 40 KB Subject and a 200 KB one-line body made of %j finish well under a second each', async (unit) => {
    const run = (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
    let started = performance.now();
    const longSubject = await extractCase(email(run(40_000), 'Please unlock my account.'), { mailbox: 'portalenquiries' });
    expect(performance.now() - started).toBeLessThan(1000);
    // Fast because the work was bounded, not because the email was given up on: the request is still read.
    expect(longSubject).toMatchObject({ kind: 'account_unlock', from: { email: 'jo.bloggs@nhs.net' } });
    expect(longSubject.subject).toHaveLength(40_000);
    started = performance.now();
    const longBody = await extractCase(email('Account locked', run(200_000)), { mailbox: 'portalenquiries' });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(longBody).toMatchObject({ kind: 'account_unlock', subject: 'Account locked', messageId: '<long@x>', ignored: null });
  });
});
