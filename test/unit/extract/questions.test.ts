import { describe, expect, it } from 'vitest';
import { extractCase } from '../../../ingest/extract/index.js';

/**
 * Issue 9: a genuine question is `unclassified` (answered by a person), not typed as the request it asks about.
 * Questions asked in the writer's own way: by a sentence's first word, or without a question mark. Texts written here.
 */
function email(subject: string, body: string, mailbox: string): Buffer {
  return Buffer.from([
    `Message-ID: <q-${Math.random().toString(36).slice(2)}@example.nhs.net>`, 'Date: Thu, 03 Dec 2026 10:00:00 +0000', 'From: Halima Yusuf <halima.yusuf@nhs.net>',
    `To: ${mailbox}@nhs.net`, `Subject: ${subject}`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body, '',
  ].join('\r\n'));
}

describe('questions are not requests', () => {
  it('reads a question asked without a question mark', async () => {
    const c = await extractCase(email('Branch timings', 'Hello,\n\nWe are opening a second site next spring and wanted to know how long it usually takes for a branch to be set up on your side once the details are in.\n\nMany thanks,\nHalima Yusuf\nPractice Manager', 'datamanager'), { mailbox: 'datamanager' });
    expect(c.kind).toBe('unclassified');
  });

  it('reads questions by their first word', async () => {
    const c = await extractCase(email('Open Exeter passwords', 'Hi,\n\nOne of our nurses cannot get into Open Exeter any more. Is it the primary user who resets her password, or does it come to you? And where does the primary user find the reset option?\n\nThanks\nHalima', 'openexeter'), { mailbox: 'openexeter' });
    expect(c.kind).toBe('unclassified');
  });

  it('still types a request that is phrased as a question', async () => {
    const c = await extractCase(email('Account locked', 'Hi,\n\nMy PCSE Online account is locked after too many attempts. Can you unlock it please?\n\nThanks\nHalima Yusuf', 'portalenquiries'), { mailbox: 'portalenquiries' });
    expect(c.kind).toBe('account_unlock');
  });
});

describe('a question said to come before any request', () => {
  it('is unclassified even without a question mark', async () => {
    const c = await extractCase(email('Timescales', 'Good morning,\n\nBefore we send anything over: we are taking on a third practice in April and would like to know how long extending our main contact to it normally takes.\n\nKind regards\nHalima Yusuf', 'datamanager'), { mailbox: 'datamanager' });
    expect(c.kind).toBe('unclassified');
  });
});
