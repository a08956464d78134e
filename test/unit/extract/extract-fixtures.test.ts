import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASE_KINDS, type Mailbox } from '../../../core/domain/case.js';
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

describe('the fixture set', () => {
  const expectations = cases.map((c) => JSON.parse(readFileSync(c.expected, 'utf8')) as Expected);
  it('covers every case kind of the contract', () => {
    const kinds = new Set(expectations.map((e) => e.kind));
    for (const kind of CASE_KINDS) expect(kinds, kind).toContain(kind);
  });
  it('covers every finding code of the contract that the email alone can raise', () => {
    const codes = new Set(expectations.flatMap((e) => e.findings ?? []));
    // main_contact_exists needs the directory, so no email can raise it on its own.
    const contract = ['ods_invalid', 'ods_type_mismatch', 'branch_code_mismatch', 'signatory_role_not_allowed', 'missing_signature', 'sender_not_nhs', 'sender_unauthenticated', 'not_own_account', 'individual_mailbox', 'admin_limit_reached', 'approver_not_on_ael', 'encrypted_attachment', 'attachment_unreadable'];
    for (const code of contract) expect(codes, code).toContain(code);
  });
});

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
    if (want.error !== undefined) expect(parsed.error !== null).toBe(want.error);
    for (const [path, line] of Object.entries(parsed.evidence)) expect(typeof line, path).toBe('string');
  });

  it('flags a PDF over the size cap as unreadable without reading it (built in memory, not committed)', async () => {
    const huge = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024, 0x20)]);
    const raw = Buffer.from(
      [
        'From: Ashgrove Surgery <ashgrove.surgery@nhs.net>',
        'To: pcse.portalenquiries@nhs.net',
        'Subject: GPP user admin form',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'see attached',
        '--b',
        'Content-Type: application/pdf; name="big.pdf"',
        'Content-Disposition: attachment; filename="big.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        huge.toString('base64').replace(/.{76}/g, '$&\r\n'),
        '--b--',
        '',
      ].join('\r\n'),
    );
    const parsed = await extractCase(raw, { mailbox: 'portalenquiries' });
    expect(parsed.kind).toBe('user_admin_nomination');
    expect(parsed.findings.map((f) => f.code)).toContain('attachment_unreadable');
    expect(parsed.error).toMatch(/too large/);
  }, 30_000);
});
