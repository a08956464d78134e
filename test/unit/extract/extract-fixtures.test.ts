import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Mailbox } from '../../../core/domain/case.js';
import { extractCase } from '../../../ingest/extract/index.js';

const ROOT = join(import.meta.dirname, '../../fixtures/emails');

interface Expected {
  kind: string;
  ignored?: string | null;
  organisation?: Record<string, unknown> | null;
  fields?: Record<string, unknown>;
  findings?: string[];
  error?: boolean;
}

const cases = readdirSync(ROOT).flatMap((mailbox) =>
  readdirSync(join(ROOT, mailbox))
    .filter((f) => f.endsWith('.eml'))
    .map((f) => ({ mailbox: mailbox as Mailbox, file: join(ROOT, mailbox, f), expected: join(ROOT, mailbox, f.replace(/\.eml$/, '.expected.json')) })),
);

describe('extractCase on the fixture emails', () => {
  it.each(cases)('$file', async ({ mailbox, file, expected }) => {
    const parsed = await extractCase(readFileSync(file), { mailbox, receivedAt: new Date('2026-11-02T09:00:00Z') });
    expect(existsSync(expected)).toBe(true);
    const want = JSON.parse(readFileSync(expected, 'utf8')) as Expected;
    expect(parsed.kind).toBe(want.kind);
    expect(parsed.ignored).toBe(want.ignored ?? null);
    if (want.organisation !== undefined) expect(parsed.organisation).toMatchObject(want.organisation ?? {});
    if (want.fields) expect(parsed.fields).toMatchObject(want.fields);
    for (const code of want.findings ?? []) expect(parsed.findings.map((f) => f.code)).toContain(code);
    for (const [path, line] of Object.entries(parsed.evidence)) expect(typeof line, path).toBe('string');
  });
});
