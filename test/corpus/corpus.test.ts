import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../scripts/score-corpus.js';
import { corpusFiles, describeCorpusFormat, perfectOutput as perfect, readExpected, writeOutputs } from '../support/corpus-format.js';

const CORPUS = join(import.meta.dirname);
const files = corpusFiles(CORPUS);

describeCorpusFormat('validation corpus', CORPUS, { minEmails: 84, minScoredFields: 250 });

describe('score-corpus', () => {
  it('counts wrong kinds, case-folded field misses, unraised findings and invented values', () => {
    const s = scoreCorpus(CORPUS, writeOutputs(CORPUS, (e, i) => {
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

  it('tells a wrong value (given, not the expected one) from a missing one', () => {
    const s = scoreCorpus(CORPUS, writeOutputs(CORPUS, (e) => {
      const out = perfect(e);
      const fields = JSON.parse(JSON.stringify(e.fields)) as Record<string, unknown>;
      if (e.kind === 'account_unlock' && fields.username !== null) fields.username = 'someone.else@nhs.net';
      if (e.kind === 'role_removal_request' && fields.username !== null) fields.username = null;
      return { ...out, fields };
    }));
    const count = (kind: string) => files.filter((f) => readExpected(f).kind === kind && readExpected(f).fields.username !== null).length;
    expect(s.wrong.map((m) => m.path)).toEqual(Array(count('account_unlock')).fill('fields.username'));
    expect(s.missing.map((m) => m.path)).toEqual(Array(count('role_removal_request')).fill('fields.username'));
    expect(s.wrong.length).toBeGreaterThan(0);
    expect(s.missing.length).toBeGreaterThan(0);
    expect(s.misses.length).toBe(s.wrong.length + s.missing.length);
  });
});
