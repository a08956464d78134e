import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../core/observability/logger.js';

function capture(): { stream: Writable; lines: () => string[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, lines: () => chunks.join('').trim().split('\n') };
}

describe('createLogger redacts personal data', () => {
  it('blanks name, email, from, to, subject, text and raw at any of the first levels, and masks addresses in strings', () => {
    const out = capture();
    const log = createLogger({ process: 'test', destination: out.stream });
    log.info(
      {
        caseId: 'c1',
        from: { name: 'Zoe Bronte', email: 'zoe.bronte@nhs.net' },
        to: ['pcse@nhs.net'],
        subject: 'Please make Zoe Bronte an admin',
        text: 'Dear PCSE, Zoe Bronte zoe.bronte@nhs.net',
        raw: 'From: Zoe Bronte <zoe.bronte@nhs.net>',
        nominee: { name: 'Zoe Bronte', email: 'zoe.bronte@nhs.net' },
        err: { message: 'mailbox zoe.bronte@nhs.net unavailable', code: 'EENVELOPE' },
      },
      'reply to zoe.bronte@nhs.net failed',
    );
    const line = out.lines()[0]!;
    expect(line).not.toMatch(/zoe|bronte/i);
    const parsed = JSON.parse(line) as Record<string, unknown>;
    expect(parsed.caseId).toBe('c1');
    expect(parsed.subject).toBe('[redacted]');
    expect(parsed.msg).toBe('reply to [address] failed');
    expect((parsed.err as { code: string }).code).toBe('EENVELOPE');
    expect(parsed.process).toBe('test');
  });

  it('masks addresses inside Error objects', () => {
    const out = capture();
    const log = createLogger({ process: 'test', destination: out.stream });
    log.warn({ err: Object.assign(new Error('550 no such user jo.bloggs@nhs.net'), { code: 'EENVELOPE' }) }, 'send failed');
    expect(out.lines()[0]).not.toContain('jo.bloggs');
    expect(out.lines()[0]).toContain('EENVELOPE');
  });
});

describe('createLogger masks free-text error messages (review L8)', () => {
  it('a failing case whose error text names a person logs the code, not the name', () => {
    const out = capture();
    const log = createLogger({ process: 'test', destination: out.stream });
    log.warn({ caseId: 'c1', err: Object.assign(new Error('no account for Kiran Patel at A81001'), { code: 'USER_NOT_FOUND' }) }, 'execute-case failed; will retry');
    log.warn({ caseId: 'c2', err: { message: "User 'zoe bronte' is locked", code: 'P2025' } }, 'message not processed; will retry');
    log.error({ code: 'TypeError', message: 'Cannot read Nominee Zoe Bronte of undefined' }, 'bot turn failed');
    log.warn({ reason: 'unparseable: form signed by Priya Shah (Practice Manager)' }, 'dead letter');
    const text = out.lines().join('\n');
    expect(text).not.toMatch(/kiran|patel|zoe|bronte|priya|shah/i);
    const [first, second, third, fourth] = out.lines().map((l) => JSON.parse(l) as Record<string, { code?: string; type?: string; message?: string } | string>);
    expect(first!.err).toMatchObject({ code: 'USER_NOT_FOUND', message: 'no account for [word] [word] at A81001' });
    expect(second!.err).toMatchObject({ code: 'P2025', message: 'User [text] is locked' });
    expect(third!.message).toBe('Cannot read [word] [word] [word] of undefined');
    expect(fourth!.reason).toBe('unparseable: form signed by [word] [word] ([word] [word])');
  });

  it('keeps codes and short lower-case reasons readable', () => {
    const out = capture();
    const log = createLogger({ process: 'test', destination: out.stream });
    log.warn({ caseId: 'c1', verb: 'approve', reason: 'own_request' }, 'decision refused');
    log.warn({ err: { message: 'connect ECONNREFUSED 127.0.0.1:5432', code: 'ECONNREFUSED' } }, 'store unavailable');
    const [first, second] = out.lines().map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first!.reason).toBe('own_request');
    expect((second!.err as { message: string }).message).toBe('connect ECONNREFUSED 127.0.0.1:5432');
  });
});
