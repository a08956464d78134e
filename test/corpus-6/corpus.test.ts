import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_KINDS } from '../../core/domain/case.js';
import { listCorpus, scoreCorpus } from '../../scripts/score-corpus.js';

const CORPUS = join(import.meta.dirname);
const MAILBOXES = ['portalenquiries', 'datamanager', 'openexeter'] as const;
const files = MAILBOXES.flatMap((m) => listCorpus(CORPUS, m));

// The contract's per-kind fields (shared/case-contract.md), strict so a misspelt key fails.
const str = z.string().nullable();
const person = z.object({ name: str, email: str }).strict();
const lowerEmail = z.string().refine((s) => s === s.toLowerCase(), 'emails are lower-cased').nullable();
const personL = z.object({ name: str, email: lowerEmail }).strict();
const withRole = personL.extend({ role: str }).strict();
const OE_ROLES = z.enum(['lead_gp', 'gp_partner', 'caldicott_guardian', 'existing_primary_contact', 'board_member', 'existing_primary_user', 'other']);
const practice = z.object({ odsCode: str, name: str, mainContact: personL, address: str, phone: str }).strict();
const FIELDS: Record<string, z.ZodTypeAny> = {
  user_admin_nomination: z.object({ service: z.enum(['GPP', 'PL', 'OPTO', 'PCN']), nominee: personL, approver: withRole.nullable() }).strict(),
  main_contact_change: z.object({ newMainContact: personL }).strict(),
  verification_link_resend: z.object({ accountEmail: lowerEmail, gmcNumber: str }).strict(),
  account_unlock: z.object({ username: str }).strict(),
  account_reactivation: z.object({ username: str }).strict(),
  role_removal_request: z.object({ username: str, roles: z.array(z.string()) }).strict(),
  practice_email_update: z.object({ currentEmail: lowerEmail, newEmail: lowerEmail }).strict(),
  main_contact_extension: z.object({ existingPractice: practice, newPractice: z.object({ odsCode: str, name: str, address: str }).strict() }).strict(),
  branch_setup: z.object({
    mainPractice: practice,
    branch: z.object({ odsCode: str, name: str, address: str, phone: str, mainContact: personL.extend({ title: str }).strict() }).strict(),
  }).strict(),
  open_exeter_primary_user_request: z.object({ organisationKind: z.enum(['gp_practice', 'other']), nominee: person, signatory: withRole.extend({ role: OE_ROLES }) }).strict(),
  open_exeter_additional_permissions: z.object({ user: personL.extend({ username: str }).strict(), permissions: z.array(z.string()), signatory: withRole.extend({ role: OE_ROLES }) }).strict(),
  open_exeter_new_user_authorisation: z.object({ user: personL.extend({ username: str }).strict(), createdBy: personL }).strict(),
  unclassified: z.object({}).strict(),
};

const ExpectedSchema = z.object({
  mailbox: z.enum(MAILBOXES),
  kind: z.enum(CASE_KINDS),
  ignored: z.enum(['auto_reply', 'bounce']).nullable(),
  organisation: z.object({ odsCode: z.string().nullable(), type: z.enum(['gp_practice', 'gp_branch', 'dental_practice', 'ophthalmic_practice', 'pharmacy', 'pcn', 'other']) }).strict().nullable(),
  fields: z.record(z.string(), z.unknown()),
  mustRaise: z.array(z.string()),
  traits: z.array(z.string()),
}).strict();

const readExpected = (f: string) => JSON.parse(readFileSync(f.replace(/\.eml$/, '.expected.json'), 'utf8')) as z.infer<typeof ExpectedSchema>;

// Format checks for corpus 6 (a copy of test/corpus/corpus.test.ts's, so this held-out corpus is validated in CI
// without anyone reading its mail); the scorer is not run on it here beyond synthetic outputs.
describe('validation corpus 6', () => {
  it('has at least forty-five emails covering every kind', () => {
    expect(files.length).toBeGreaterThanOrEqual(45);
    const kinds = new Set(files.map((f) => readExpected(f).kind));
    expect([...kinds].sort()).toEqual([...CASE_KINDS].sort());
  });

  it.each(files.map((f) => [f.slice(CORPUS.length + 1), f]))('%s parses as MIME and its expected file fits the contract', async (_name, f) => {
    const raw = readFileSync(f);
    const mail = await simpleParser(raw);
    expect(mail.from?.value[0]?.address).toMatch(/@/);
    expect(mail.messageId).toBeTruthy();
    expect((mail.text ?? '').trim().length + (typeof mail.html === 'string' ? mail.html.length : 0)).toBeGreaterThan(0);
    const exp = ExpectedSchema.parse(readExpected(f));
    expect(f).toContain(`/${exp.mailbox}/`);
    FIELDS[exp.kind]!.parse(exp.fields);
    if (exp.organisation?.odsCode) expect(exp.organisation.odsCode).toBe(exp.organisation.odsCode.toUpperCase());
    // every expected non-null email address must appear in the message text somewhere (nothing invented by the corpus itself)
    // a message forwarded as an attachment (message/rfc822) counts as part of the text it carries
    const forwarded = mail.attachments.filter((a) => a.contentType === 'message/rfc822').map((a) => a.content.toString('utf8')).join('\n');
    const text = `${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}\n${mail.from?.text ?? ''}\n${mail.cc ? JSON.stringify(mail.cc) : ''}\n${forwarded}`.toLowerCase();
    const pdfNamed = mail.attachments.some((a) => a.contentType === 'application/pdf') || /content-type: application\/pdf/i.test(forwarded);
    for (const m of JSON.stringify(exp.fields).matchAll(/"([^"@\s]+@[^"\s]+)"/g)) {
      if (!pdfNamed) expect(text).toContain(m[1]);
    }
  });
});

describe('score-corpus', () => {
  function writeOutputs(transform: (exp: z.infer<typeof ExpectedSchema>, i: number) => Record<string, unknown>): string {
    const dir = mkdtempSync(join(tmpdir(), 'score-corpus-'));
    for (const m of MAILBOXES) {
      const lines = listCorpus(CORPUS, m).map((f, i) => JSON.stringify(transform(readExpected(f), i)));
      writeFileSync(join(dir, `${m}.jsonl`), `${lines.join('\n')}\n`);
    }
    return dir;
  }
  const perfect = (e: z.infer<typeof ExpectedSchema>) => ({
    kind: e.kind, ignored: e.ignored, organisation: e.organisation ? { ...e.organisation, name: null } : null,
    fields: e.fields, findings: e.mustRaise.map((code) => ({ code, severity: 'error', message: code })),
  });

  it('gives a perfect parser full marks and no invented values', () => {
    const s = scoreCorpus(CORPUS, writeOutputs(perfect));
    expect(s.kind.correct).toBe(s.kind.total);
    expect(s.fields.correct).toBe(s.fields.total);
    expect(s.raise.raised).toBe(s.raise.total);
    expect(s.invented).toEqual([]);
    expect(s.fields.total).toBeGreaterThan(150);
  });

  it('counts wrong kinds, case-folded field misses, unraised findings and invented values', () => {
    const s = scoreCorpus(CORPUS, writeOutputs((e, i) => {
      const out = perfect(e) as Record<string, unknown> & { fields: Record<string, unknown> };
      const fields = JSON.parse(JSON.stringify(e.fields)) as Record<string, unknown>;
      if (e.kind === 'account_unlock') fields.username = `  ${String(fields.username).toUpperCase()} `; // still right after trim + fold
      if (e.kind === 'practice_email_update' && fields.currentEmail === null) fields.currentEmail = 'invented@nhs.net';
      if (e.kind === 'role_removal_request') fields.roles = [...(fields.roles as string[])].reverse(); // sets: order does not matter
      if (e.kind === 'main_contact_change') out.kind = i % 2 === 0 ? 'unclassified' : e.kind;
      return { ...out, fields, findings: e.kind === 'branch_setup' ? [] : out.findings };
    }));
    expect(s.invented.map((m) => m.path)).toEqual(['fields.currentEmail']);
    expect(s.kind.total - s.kind.correct).toBeGreaterThan(0);
    const branchRaises = files.filter((f) => readExpected(f).kind === 'branch_setup').reduce((n, f) => n + readExpected(f).mustRaise.length, 0);
    expect(s.raise.total - s.raise.raised).toBe(branchRaises);
    expect(s.misses.some((m) => m.path === 'fields.username')).toBe(false);
    expect(s.misses.some((m) => m.path === 'fields.roles')).toBe(false);
  });
});
