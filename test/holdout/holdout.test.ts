import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_KINDS } from '../../core/domain/case.js';
import { listCorpus } from '../../scripts/score-corpus.js';

// The second, held-out corpus (test/holdout/README.md): same contract as test/corpus, different authors' habits.
const HOLDOUT = join(import.meta.dirname);
const MAILBOXES = ['portalenquiries', 'datamanager', 'openexeter'] as const;
const files = MAILBOXES.flatMap((m) => listCorpus(HOLDOUT, m));

const str = z.string().nullable();
const lowerEmail = z.string().refine((s) => s === s.toLowerCase(), 'emails are lower-cased').nullable();
const person = z.object({ name: str, email: lowerEmail }).strict();
const withRole = person.extend({ role: str }).strict();
const OE_ROLES = z.enum(['lead_gp', 'gp_partner', 'caldicott_guardian', 'existing_primary_contact', 'board_member', 'existing_primary_user', 'other']);
const practice = z.object({ odsCode: str, name: str, mainContact: person, address: str, phone: str }).strict();
const FIELDS: Record<string, z.ZodTypeAny> = {
  user_admin_nomination: z.object({ service: z.enum(['GPP', 'PL', 'OPTO', 'PCN']), nominee: person, approver: withRole.nullable() }).strict(),
  main_contact_change: z.object({ newMainContact: person }).strict(),
  verification_link_resend: z.object({ accountEmail: lowerEmail, gmcNumber: str }).strict(),
  account_unlock: z.object({ username: str }).strict(),
  account_reactivation: z.object({ username: str }).strict(),
  role_removal_request: z.object({ username: str, roles: z.array(z.string()).min(1) }).strict(),
  practice_email_update: z.object({ currentEmail: lowerEmail, newEmail: lowerEmail }).strict(),
  main_contact_extension: z.object({ existingPractice: practice, newPractice: z.object({ odsCode: str, name: str, address: str }).strict() }).strict(),
  branch_setup: z.object({
    mainPractice: practice,
    branch: z.object({ odsCode: str, name: str, address: str, phone: str, mainContact: person.extend({ title: str }).strict() }).strict(),
  }).strict(),
  open_exeter_primary_user_request: z.object({ organisationKind: z.enum(['gp_practice', 'other']), nominee: person, signatory: withRole.extend({ role: OE_ROLES }).strict() }).strict(),
  open_exeter_additional_permissions: z.object({ user: person.extend({ username: str }).strict(), permissions: z.array(z.string()).min(1), signatory: withRole.extend({ role: OE_ROLES }).strict() }).strict(),
  open_exeter_new_user_authorisation: z.object({ user: person.extend({ username: str }).strict(), createdBy: person }).strict(),
  unclassified: z.object({}).strict(),
};

const FINDINGS = z.enum([
  'ods_invalid', 'ods_type_mismatch', 'branch_code_mismatch', 'signatory_role_not_allowed', 'missing_signature', 'sender_not_nhs',
  'sender_unauthenticated', 'not_own_account', 'individual_mailbox', 'admin_limit_reached', 'approver_not_on_ael',
]);

const ExpectedSchema = z.object({
  mailbox: z.enum(MAILBOXES),
  kind: z.enum(CASE_KINDS),
  ignored: z.enum(['auto_reply', 'bounce']).nullable(),
  organisation: z.object({ odsCode: z.string().nullable(), type: z.enum(['gp_practice', 'gp_branch', 'dental_practice', 'ophthalmic_practice', 'pharmacy', 'pcn', 'other']) }).strict().nullable(),
  fields: z.record(z.string(), z.unknown()),
  mustRaise: z.array(FINDINGS),
  traits: z.array(z.string()).min(1),
}).strict();
type Expected = z.infer<typeof ExpectedSchema>;

const readExpected = (f: string): Expected => ExpectedSchema.parse(JSON.parse(readFileSync(f.replace(/\.eml$/, '.expected.json'), 'utf8')));

describe('held-out corpus', () => {
  it('has about sixty emails covering every kind and every finding an email alone can show', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
    const all = files.map(readExpected);
    expect([...new Set(all.map((e) => e.kind))].sort()).toEqual([...CASE_KINDS].sort());
    expect([...new Set(all.flatMap((e) => e.mustRaise))].sort()).toEqual([...FINDINGS.options].sort());
    expect(all.some((e) => e.ignored === 'auto_reply') && all.some((e) => e.ignored === 'bounce')).toBe(true);
  });

  it('shares no Message-ID with the first corpus', () => {
    const first = MAILBOXES.flatMap((m) => listCorpus(join(HOLDOUT, '..', 'corpus'), m));
    const id = (f: string): string => /^Message-ID:\s*(\S+)/im.exec(readFileSync(f, 'utf8'))?.[1] ?? '';
    const firstIds = new Set(first.map(id));
    expect(files.filter((f) => firstIds.has(id(f)))).toEqual([]);
  });

  it.each(files.map((f) => [f.slice(HOLDOUT.length + 1), f]))('%s parses as MIME and its expected file fits the contract', async (_name, f) => {
    const mail = await simpleParser(readFileSync(f));
    expect(mail.from?.value[0]?.address).toMatch(/@/);
    expect(mail.messageId).toBeTruthy();
    const html = typeof mail.html === 'string' ? mail.html : '';
    expect((mail.text ?? '').trim().length + html.length).toBeGreaterThan(0);
    const exp = readExpected(f);
    expect(f).toContain(`/${exp.mailbox}/`);
    FIELDS[exp.kind]!.parse(exp.fields);
    if (exp.kind === 'unclassified') expect(exp.organisation).toBeNull();
    if (exp.organisation?.odsCode) expect(exp.organisation.odsCode).toBe(exp.organisation.odsCode.toUpperCase());
    // Nothing invented by the corpus itself: every expected address and ODS code is in the message (PDF-borne ones in the PDF).
    if (mail.attachments.some((a) => a.contentType === 'application/pdf')) return;
    const text = `${mail.subject ?? ''}\n${mail.text ?? ''}\n${html}\n${mail.from?.text ?? ''}`.toLowerCase();
    for (const m of JSON.stringify(exp).matchAll(/"([^"@\s]+@[^"\s]+)"/g)) expect(text).toContain(m[1]);
    const squashed = text.replace(/\s+/g, '');
    for (const m of JSON.stringify(exp).matchAll(/"odsCode":"([^"]+)"/g)) expect(squashed).toContain(m[1]!.toLowerCase());
  });
});
