import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, describe, expect, it } from 'vitest';
import { createOutboxMailer } from '../../../core/adapters/outbox-mailer.js';
import { createSmtpMailer } from '../../../core/adapters/smtp-mailer.js';
import { startSmtpSink } from '../../support/smtp-sink.js';

const closers: (() => Promise<unknown> | void)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close();
});

const reply = {
  to: ['practice@nhs.net'],
  subject: 'Re: Nomination [PCSE-2026-000001]',
  text: 'We have received your request.',
  inReplyTo: '<orig@nhs.net>',
  references: ['<first@nhs.net>', '<orig@nhs.net>'],
  autoReply: true,
  headers: { 'X-PCSE-Auto': 'acknowledgement' },
};

describe('smtp mailer', () => {
  it('sends an automatic reply with the loop-guard headers and the thread headers', async () => {
    const sink = await startSmtpSink();
    closers.push(() => sink.stop());
    const mailer = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'portalenquiries@nhs.net' });
    closers.push(() => mailer.close());
    const { messageId } = await mailer.send(reply);
    const mail = await sink.waitFor((m) => m.messageId === messageId.slice(1, -1) || m.messageId === messageId);
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(mail.headers.get('x-auto-response-suppress')).toBe('All');
    expect(mail.headers.get('x-pcse-auto')).toBe('acknowledgement');
    expect(mail.inReplyTo).toBe('<orig@nhs.net>');
    expect(mail.references).toEqual(['<first@nhs.net>', '<orig@nhs.net>']);
    expect(messageId).toMatch(/^<[0-9a-f-]+@nhs\.net>$/);
  });

  it('authenticates with XOAUTH2 using the token it is given', async () => {
    const { SMTPServer } = await import('smtp-server');
    const tokens: string[] = [];
    const server = new SMTPServer({
      authMethods: ['XOAUTH2'],
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        tokens.push(auth.accessToken ?? '');
        if (auth.accessToken === 'token-2') callback(null, { user: auth.username });
        else callback(null, { data: { status: '401', schemes: 'bearer' } });
      },
      onData(stream, _s, cb) { stream.resume(); stream.on('end', () => cb()); },
    });
    const port = await new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => {
      const a = server.server.address();
      resolve(typeof a === 'object' && a ? a.port : 0);
    }));
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    let n = 0;
    const mailer = createSmtpMailer({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'portalenquiries@nhs.net',
      oauth2: { user: 'portalenquiries@nhs.net', getAccessToken: async () => `token-${++n}` },
    });
    closers.push(() => mailer.close());
    await mailer.send(reply);
    // The first token is refused, so the mailer asked for a fresh one and succeeded.
    expect(tokens).toEqual(['token-1', 'token-2']);
  });
});

describe('outbox mailer', () => {
  it('writes the same message SMTP would carry as an .eml file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'pcse-outbox-'));
    const mailer = createOutboxMailer({ dir, from: 'datamanager@nhs.net' });
    const { messageId } = await mailer.send(reply);
    const files = await readdir(path.join(dir, 'new'));
    expect(files).toHaveLength(1);
    const mail = await simpleParser(await readFile(path.join(dir, 'new', files[0]!)));
    expect(mail.messageId).toBe(messageId);
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(mail.inReplyTo).toBe('<orig@nhs.net>');
    expect(mail.text?.trim()).toBe('We have received your request.');
  });
});
