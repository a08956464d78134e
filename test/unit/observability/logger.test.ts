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
