import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { ImapFlow } from 'imapflow';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { PROCESSED_KEYWORD, startImapMailbox } from '../../../ingest/sources/imap-mailbox.js';
import { createClientCredentialsTokenSource } from '../../../core/adapters/oauth2-token.js';
import type { SourceMessage } from '../../../ingest/sources/source-message.js';
import { startDovecot, type TestDovecot } from '../../support/dovecot.js';

const logger = pino({ level: 'silent' });
const closers: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const close of closers.reverse()) await close().catch(() => undefined);
});

function email(n: number, extra = ''): Buffer {
  return Buffer.from(`From: Jo <jo@nhs.net>\r\nTo: portalenquiries@nhs.net\r\nSubject: Request ${n}\r\nMessage-ID: <m${n}@nhs.net>\r\n${extra}\r\nPlease help ${n}.\r\n`);
}

async function appender(d: TestDovecot, user: string): Promise<ImapFlow> {
  const client = new ImapFlow({ host: d.host, port: d.port, secure: false, auth: { user, pass: d.passwordFor(user) }, logger: false });
  client.on('error', () => {});
  await client.connect();
  closers.push(() => client.logout());
  return client;
}

/** The UIDs in INBOX that carry the processed keyword, as another client sees them. */
async function processedUids(client: ImapFlow): Promise<number[]> {
  const lock = await client.getMailboxLock('INBOX');
  try {
    const found = await client.search({ keyword: PROCESSED_KEYWORD }, { uid: true });
    return Array.isArray(found) ? found : [];
  } finally {
    lock.release();
  }
}

async function waitUntil(pred: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await pred())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('imap mailbox source', () => {
  it('hands over every message once, flags it after the handler returns, and picks up an APPEND by IDLE quickly', async () => {
    const d = await startDovecot({ users: ['portalenquiries'] });
    closers.push(() => d.stop());
    const other = await appender(d, 'portalenquiries');
    for (let i = 1; i <= 3; i++) await other.append('INBOX', email(i));
    const seen: SourceMessage[] = [];
    const source = startImapMailbox(
      { mailbox: 'portalenquiries', host: d.host, port: d.port, secure: false, user: 'portalenquiries', auth: { password: d.passwordFor('portalenquiries') }, maxMessageBytes: 1_000_000, pollIntervalMs: 60_000, logger },
      async (m) => { seen.push(m); },
    );
    closers.push(() => source.stop());
    await waitUntil(() => seen.length === 3);
    const appendedAt = Date.now();
    await other.append('INBOX', email(4));
    await waitUntil(() => seen.length === 4);
    // The poll interval is a minute: only IDLE can explain a quick pick-up.
    expect(Date.now() - appendedAt).toBeLessThan(5000);
    expect(seen.map((m) => m.uid)).toEqual([1, 2, 3, 4]);
    expect(seen[0]!.sourceKey).toMatch(/^imap:portalenquiries:\d+:1$/);
    expect(seen[0]!.raw?.toString()).toContain('Please help 1.');
    await waitUntil(async () => {
      const lock = await other.getMailboxLock('INBOX');
      try {
        const flagged = await other.search({ keyword: PROCESSED_KEYWORD, seen: true }, { uid: true });
        return Array.isArray(flagged) && flagged.length === 4;
      } finally { lock.release(); }
    });
  });

  it('says when it has reached the mailbox (logged in), and settles on stop when the server never answers', async () => {
    const d = await startDovecot({ users: ['portalenquiries'] });
    closers.push(() => d.stop());
    const options = { mailbox: 'portalenquiries' as const, host: d.host, port: d.port, secure: false, user: 'portalenquiries', auth: { password: d.passwordFor('portalenquiries') }, maxMessageBytes: 1_000_000, pollIntervalMs: 60_000, logger };
    const source = startImapMailbox(options, async () => {});
    closers.push(() => source.stop());
    await source.reached;
    await source.stop();

    // A port nothing listens on: never reached, so only stopping settles it.
    const closed = createTcpServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()));
    const deadPort = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = startImapMailbox({ ...options, port: deadPort }, async () => {});
    let settled = false;
    void unreachable.reached.then(() => { settled = true; });
    await sleep(500);
    expect(settled).toBe(false);
    await unreachable.stop();
    await unreachable.reached;
  });

  it('retries a message whose handler failed, survives a server restart, and skips downloading oversize mail', async () => {
    const d = await startDovecot({ users: ['datamanager'] });
    closers.push(() => d.stop());
    const other = await appender(d, 'datamanager');
    await other.append('INBOX', email(1));
    await other.append('INBOX', email(2, `X-Pad: ${'x'.repeat(5000)}\r\n`));
    const seen: SourceMessage[] = [];
    let failOnce = true;
    const source = startImapMailbox(
      { mailbox: 'datamanager', host: d.host, port: d.port, secure: false, user: 'datamanager', auth: { password: d.passwordFor('datamanager') }, maxMessageBytes: 2000, pollIntervalMs: 500, processedFolder: 'Processed', logger },
      async (m) => {
        if (failOnce) { failOnce = false; throw new Error('database down'); }
        seen.push(m);
      },
    );
    closers.push(() => source.stop());
    await waitUntil(() => seen.length === 2);
    expect(seen[0]!.uid).toBe(1);
    expect(seen[1]!.raw).toBeNull();
    expect(seen[1]!.size).toBeGreaterThan(5000);
    await d.restart();
    await other.logout().catch(() => undefined);
    const again = await appender(d, 'datamanager');
    await again.append('INBOX', email(3));
    await waitUntil(() => seen.length === 3, 15_000);
    expect(seen.map((m) => m.uid)).toEqual([1, 2, 3]);
    // The move happens just after the handler returns.
    await waitUntil(async () => {
      const inbox = await again.status('INBOX', { messages: true });
      const processed = await again.status('Processed', { messages: true });
      return inbox !== false && inbox.messages === 0 && processed !== false && processed.messages === 3;
    });
  });

  it('marks a batch only after each handler resolved, and marks what was handled before a failure in the batch', async () => {
    const d = await startDovecot({ users: ['portalenquiries'] });
    closers.push(() => d.stop());
    const other = await appender(d, 'portalenquiries');
    for (let i = 1; i <= 8; i++) await other.append('INBOX', email(i, i === 6 ? `X-Pad: ${'x'.repeat(1500)}\r\n` : ''));
    const flaggedNow = (): Promise<number[]> => processedUids(other);
    const handled: number[] = [];
    const flaggedBeforeHandled: number[] = [];
    let failedOnce = false;
    const source = startImapMailbox(
      // Three messages a FETCH, and few enough bytes that the padded message makes a group of its own.
      { mailbox: 'portalenquiries', host: d.host, port: d.port, secure: false, user: 'portalenquiries', auth: { password: d.passwordFor('portalenquiries') }, maxMessageBytes: 1_000_000, pollIntervalMs: 500, fetchBatch: { messages: 3, bytes: 1000 }, logger },
      async (m) => {
        if ((await flaggedNow()).includes(m.uid!)) flaggedBeforeHandled.push(m.uid!);
        if (m.uid === 5 && !failedOnce) { failedOnce = true; throw new Error('database down'); }
        handled.push(m.uid!);
      },
    );
    closers.push(() => source.stop());
    await waitUntil(async () => (await flaggedNow()).length === 8, 15_000);
    expect(flaggedBeforeHandled).toEqual([]);
    // 4 shares a FETCH with 5: it was marked when 5 failed, so only 5 came round again, and once.
    expect(handled).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(failedOnce).toBe(true);
  });

  it('downloads and starts the next batches while one is committed, finishes them in order, and drops one started after a failure', async () => {
    const d = await startDovecot({ users: ['openexeter'] });
    closers.push(() => d.stop());
    const other = await appender(d, 'openexeter');
    for (let i = 1; i <= 8; i++) await other.append('INBOX', email(i));
    const flaggedNow = (): Promise<number[]> => processedUids(other);
    const steps: string[] = [];
    const flaggedAtFinish: number[] = [];
    let failedOnce = false;
    const finish = async (messages: SourceMessage[]): Promise<{ handled: number }> => {
      const uids = messages.map((m) => m.uid!);
      steps.push(`finish ${uids.join(',')}`);
      flaggedAtFinish.push(...(await flaggedNow()).filter((uid) => uids.includes(uid)));
      // A slow commit: the source goes on downloading and starting what comes after meanwhile.
      await sleep(250);
      steps.push(`done ${uids.join(',')}`);
      // The batch holding 5 commits 4 and fails at 5, once.
      if (uids.includes(5) && uids[0] === 4 && !failedOnce) {
        failedOnce = true;
        return { handled: 1 };
      }
      return { handled: messages.length };
    };
    const handler = Object.assign(async () => { throw new Error('not one at a time'); }, {
      handleBatch: async () => { throw new Error('started, not handled whole'); },
      startBatch: (messages: SourceMessage[]) => {
        steps.push(`start ${messages.map((m) => m.uid).join(',')}`);
        return { finish: () => finish(messages) };
      },
    });
    const source = startImapMailbox(
      { mailbox: 'openexeter', host: d.host, port: d.port, secure: false, user: 'openexeter', auth: { password: d.passwordFor('openexeter') }, maxMessageBytes: 1_000_000, pollIntervalMs: 500, fetchBatch: { messages: 3, bytes: 100_000 }, logger },
      handler,
    );
    closers.push(() => source.stop());
    await waitUntil(async () => (await flaggedNow()).length === 8, 15_000);
    await source.stop();
    // 4,5,6 and 7,8 were both started while 1,2,3 was being committed; 7,8 never finished, because 4,5,6 failed
    // at 5 first: the next scan began again at 5.
    expect(steps).toEqual([
      'start 1,2,3', 'finish 1,2,3', 'start 4,5,6', 'start 7,8', 'done 1,2,3', 'finish 4,5,6', 'done 4,5,6',
      'start 5,6,7', 'finish 5,6,7', 'start 8', 'done 5,6,7', 'finish 8', 'done 8',
    ]);
    expect(flaggedAtFinish).toEqual([]);
  });

  it('logs in with XOAUTH2 using a client-credentials token checked by the server', async () => {
    const issued = new Set<string>();
    let tokenRequests = 0;
    const http: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => { body += c.toString(); });
      req.on('end', () => {
        const form = new URLSearchParams(body);
        if (req.url === '/token') {
          tokenRequests++;
          const ok = form.get('grant_type') === 'client_credentials' && form.get('client_secret') === 's3cret';
          const token = `tok-${tokenRequests}`;
          if (ok) issued.add(token);
          res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
          res.end(JSON.stringify(ok ? { access_token: token, expires_in: 3600, token_type: 'Bearer' } : { error: 'invalid_client' }));
        } else {
          // Dovecot's introspection (introspection_mode = post): token=<bearer>.
          const token = form.get('token') ?? '';
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(issued.has(token) ? { active: true, username: 'openexeter' } : { active: false }));
        }
      });
    });
    const port = await new Promise<number>((resolve) => http.listen(0, '127.0.0.1', () => {
      const a = http.address();
      resolve(typeof a === 'object' && a ? a.port : 0);
    }));
    closers.push(() => new Promise<void>((r) => http.close(() => r())));
    const d = await startDovecot({ users: ['openexeter'], oauth2: { introspectionUrl: `http://127.0.0.1:${port}/introspect` } });
    closers.push(() => d.stop());
    const tokens = createClientCredentialsTokenSource({ tokenUrl: `http://127.0.0.1:${port}/token`, clientId: 'app', clientSecret: 's3cret', scope: 'https://outlook.office365.com/.default' });
    const writer = new ImapFlow({ host: d.host, port: d.port, secure: false, auth: { user: 'openexeter', accessToken: await tokens.getAccessToken() }, logger: false });
    writer.on('error', () => {});
    await writer.connect();
    closers.push(() => writer.logout());
    await writer.append('INBOX', email(1));
    const seen: SourceMessage[] = [];
    const source = startImapMailbox(
      { mailbox: 'openexeter', host: d.host, port: d.port, secure: false, user: 'openexeter', auth: tokens, maxMessageBytes: 1_000_000, logger },
      async (m) => { seen.push(m); },
    );
    closers.push(() => source.stop());
    await waitUntil(() => seen.length === 1);
    // Both connections used the one cached token.
    expect(tokenRequests).toBe(1);

    const refused = new ImapFlow({ host: d.host, port: d.port, secure: false, auth: { user: 'openexeter', accessToken: 'forged' }, logger: false });
    refused.on('error', () => {});
    await expect(refused.connect()).rejects.toThrow();
  });
});
