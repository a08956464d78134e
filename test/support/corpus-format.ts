import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_KINDS } from '../../core/domain/case.js';
import { listCorpus, scoreCorpus } from '../../scripts/score-corpus.js';

export const MAILBOXES = ['portalenquiries', 'datamanager', 'openexeter'] as const;

// The contract's per-kind fields (docs/case-contract.md), strict so a misspelt key fails.
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

export const ExpectedSchema = z.object({
  mailbox: z.enum(MAILBOXES),
  kind: z.enum(CASE_KINDS),
  ignored: z.enum(['auto_reply', 'bounce']).nullable(),
  organisation: z.object({ odsCode: z.string().nullable(), type: z.enum(['gp_practice', 'gp_branch', 'dental_practice', 'ophthalmic_practice', 'pharmacy', 'pcn', 'other']) }).strict().nullable(),
  fields: z.record(z.string(), z.unknown()),
  mustRaise: z.array(z.string()),
  traits: z.array(z.string()),
}).strict();

export type Expected = z.infer<typeof ExpectedSchema>;

export const readExpected = (f: string) => JSON.parse(readFileSync(f.replace(/\.eml$/, '.expected.json'), 'utf8')) as z.infer<typeof ExpectedSchema>;


/** The corpus's .eml files, mailbox by mailbox, in the scorer's order. */
export const corpusFiles = (dir: string): string[] => MAILBOXES.flatMap((m) => listCorpus(dir, m));

/** Writes one JSON line per corpus file, as `pcse parse` would, for testing the scorer on known outputs. */
export function writeOutputs(dir: string, transform: (exp: Expected, i: number) => Record<string, unknown>): string {
  const out = mkdtempSync(join(tmpdir(), 'score-corpus-'));
  for (const m of MAILBOXES) {
    const lines = listCorpus(dir, m).map((f, i) => JSON.stringify(transform(readExpected(f), i)));
    writeFileSync(join(out, `${m}.jsonl`), `${lines.join('\n')}\n`);
  }
  return out;
}

/** What a parser that gets everything right would print for an expected file. */
export const perfectOutput = (e: Expected) => ({
  kind: e.kind, ignored: e.ignored, organisation: e.organisation ? { ...e.organisation, name: null } : null,
  fields: e.fields, findings: e.mustRaise.map((code) => ({ code, severity: 'error', message: code })),
});

/**
 * The format checks every corpus in the contract's layout passes (test/corpus/README.md): every kind present,
 * every message parses as MIME, every expected file fits the contract, no expected address the email does not
 * hold (a forward attached as message/rfc822 counts, parsed and raw), and the scorer gives full marks to a perfect
 * parser. Each corpus is written independently; its checks are shared so they cannot drift apart.
 */
export function describeCorpusFormat(name: string, dir: string, limits: { minEmails: number; minScoredFields: number }): void {
  const files = corpusFiles(dir);

  describe(`${name}: format`, () => {
    it(`has at least ${limits.minEmails} emails covering every kind`, () => {
      expect(files.length).toBeGreaterThanOrEqual(limits.minEmails);
      const kinds = new Set(files.map((f) => readExpected(f).kind));
      expect([...kinds].sort()).toEqual([...CASE_KINDS].sort());
    });

    it.each(files.map((f) => [f.slice(dir.length + 1), f]))('%s parses as MIME and its expected file fits the contract', async (_name, f) => {
      const mail = await simpleParser(readFileSync(f));
      expect(mail.from?.value[0]?.address).toMatch(/@/);
      expect(mail.messageId).toBeTruthy();
      expect((mail.text ?? '').trim().length + (typeof mail.html === 'string' ? mail.html.length : 0)).toBeGreaterThan(0);
      const exp = ExpectedSchema.parse(readExpected(f));
      expect(f).toContain(`/${exp.mailbox}/`);
      FIELDS[exp.kind]!.parse(exp.fields);
      if (exp.organisation?.odsCode) expect(exp.organisation.odsCode).toBe(exp.organisation.odsCode.toUpperCase());
      // Every expected non-null address appears in the message somewhere: nothing invented by the corpus itself.
      let text = `${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}\n${mail.from?.text ?? ''}\n${mail.cc ? JSON.stringify(mail.cc) : ''}`.toLowerCase();
      let pdfNamed = mail.attachments.some((a) => a.contentType === 'application/pdf');
      for (const a of mail.attachments.filter((x) => x.contentType === 'message/rfc822')) {
        const inner = await simpleParser(a.content);
        const raw = a.content.toString('utf8');
        text += `\n${inner.text ?? ''}\n${typeof inner.html === 'string' ? inner.html : ''}\n${inner.from?.text ?? ''}\n${raw}`.toLowerCase();
        pdfNamed ||= inner.attachments.some((x) => x.contentType === 'application/pdf') || /content-type: application\/pdf/i.test(raw);
      }
      for (const m of JSON.stringify(exp.fields).matchAll(/"([^"@\s]+@[^"\s]+)"/g)) {
        if (!pdfNamed) expect(text).toContain(m[1]);
      }
    });

    it('gives a perfect parser full marks and no invented values', () => {
      const s = scoreCorpus(dir, writeOutputs(dir, perfectOutput));
      expect(s.kind.correct).toBe(s.kind.total);
      expect(s.fields.correct).toBe(s.fields.total);
      expect(s.raise.raised).toBe(s.raise.total);
      expect(s.invented).toEqual([]);
      expect(s.fields.total).toBeGreaterThan(limits.minScoredFields);
    });
  });
}
