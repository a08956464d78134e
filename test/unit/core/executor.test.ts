import { describe, expect, it } from 'vitest';
import { finaliseCase, planApproval } from '../../../core/domain/cases/index.js';
import type { DirectoryEffect, Effect } from '../../../core/domain/effects.js';
import { ExecutionError, executeApprovedCase, type ExecutorDeps } from '../../../core/executor.js';
import { DirectoryEffectError, type AuditEventInput, type CaseStore, type OutgoingEmail, type StoredCase } from '../../../core/ports.js';
import { renderEmail } from '../../../templates/email/index.js';
import { CONTEXT, makeDraft } from './case-builders.js';

/** In-memory fakes of the PORTS (not of our code): they keep the ports' idempotency contracts. */
function makeFakes(options: { failDirectoryAt?: string; failMailOnce?: boolean } = {}) {
  const appliedKeys = new Set<string>();
  const directoryCalls: DirectoryEffect[] = [];
  const sentLog = new Map<string, string>();
  const outbox: OutgoingEmail[] = [];
  const audit: AuditEventInput[] = [];
  let failMail = options.failMailOnce ?? false;
  const parsed = finaliseCase(makeDraft('user_admin_nomination', { service: 'PL', nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' } }));
  const stored = { id: 'case-1', ref: CONTEXT.caseRef, state: 'approved', kind: parsed.kind, mailbox: parsed.mailbox, version: 3, parsed, findings: [], correctedBy: {}, createdAt: new Date(), updatedAt: new Date() } satisfies StoredCase;
  const cases: Pick<CaseStore, 'getCase' | 'appendAudit'> = {
    getCase: async (id) => (id === stored.id ? stored : null),
    appendAudit: async (event) => {
      audit.push(event);
    },
  };
  const applyEffect = async (effect: DirectoryEffect) => {
    directoryCalls.push(effect);
    if (effect.key === options.failDirectoryAt) throw Object.assign(new Error('db down for jo@nhs.net'), { code: 'db_unavailable' });
    if (appliedKeys.has(effect.key)) return { applied: false };
    appliedKeys.add(effect.key);
    // The port's contract: the writer audits what it applied.
    audit.push({ caseId: 'case-1', type: 'effect_applied', actor: null, data: { key: effect.key, effect: effect.type } });
    return { applied: true };
  };
  const deps: ExecutorDeps = {
    cases: cases as CaseStore,
    directory: {
      applyEffect,
      // The port's contract: all of them or none (a failure names its effect), and a key applied before is audited as skipped.
      applyEffects: async (effects) => {
        const keysBefore = new Set(appliedKeys);
        const auditBefore = audit.length;
        const results: { applied: boolean }[] = [];
        for (const effect of effects) {
          try {
            results.push(await applyEffect(effect));
          } catch (cause) {
            for (const key of [...appliedKeys]) if (!keysBefore.has(key)) appliedKeys.delete(key);
            audit.splice(auditBefore);
            throw new DirectoryEffectError(effect.key, effect.type, { cause });
          }
          if (!results.at(-1)!.applied) audit.push({ caseId: 'case-1', type: 'effect_skipped', actor: null, data: { key: effect.key, effect: effect.type } });
        }
        return results;
      },
    },
    replies: {
      findSentReply: async (key) => sentLog.get(key) ?? null,
      recordSentReply: async (key, caseId, messageId, details) => {
        if (sentLog.has(key)) return;
        sentLog.set(key, messageId);
        audit.push({ caseId, type: 'reply_sent', actor: null, data: { key, messageId, ...details } });
      },
    },
    mailer: {
      send: async (email) => {
        if (failMail) {
          failMail = false;
          throw Object.assign(new Error('smtp'), { code: 'ECONNREFUSED' });
        }
        outbox.push(email);
        return { messageId: `<out-${outbox.length}@pcse.test>` };
      },
    },
    renderEmail,
  };
  return { deps, parsed, appliedKeys, directoryCalls, outbox, audit, sentLog };
}

describe('executeApprovedCase', () => {
  it('applies every effect in order and sends the reply threaded to the request', async () => {
    const f = makeFakes();
    const effects = planApproval(f.parsed, CONTEXT);
    const result = await executeApprovedCase(f.deps, 'case-1', effects);
    expect(result).toEqual({ applied: 4, skipped: 0, replies: ['<out-1@pcse.test>'] });
    expect(f.directoryCalls.map((e) => e.type)).toEqual(['ensure-user', 'grant-role', 'issue-verification-link']);
    expect(f.outbox).toHaveLength(1);
    expect(f.outbox[0]).toMatchObject({ to: ['jo.bloggs@nhs.net', 'k.patel@nhs.net'], inReplyTo: '<m1@nhs.net>', autoReply: true });
    expect(f.outbox[0]?.subject).toMatch(/^\[PCSE-2026-000123\] /);
    expect(f.audit.map((a) => a.type)).toEqual(['effect_applied', 'effect_applied', 'effect_applied', 'reply_sent', 'execution_finished']);
  });

  it('with a plan, nothing commits between the directory effects and the closing write: the reply is recorded there, with the state changes', async () => {
    const f = makeFakes();
    const effects = planApproval(f.parsed, CONTEXT);
    const calls: string[] = [];
    const completions: unknown[] = [];
    const deps: ExecutorDeps = {
      ...f.deps,
      cases: { getCase: async () => { calls.push('getCase'); return null; }, appendAudit: async () => { calls.push('appendAudit'); } } as unknown as CaseStore,
      replies: { findSentReply: async () => { calls.push('findSentReply'); return null; }, recordSentReply: async () => { calls.push('recordSentReply'); } },
    };
    const log = { loadExecution: async () => null, loadAndApply: async () => null, completeExecution: async (_id: string, c: unknown) => { completions.push(c); } };
    const result = await executeApprovedCase(deps, 'case-1', effects, { thread: '<m1@nhs.net>', sentReplies: {}, log, transitions: ['executed', 'replied'] });
    expect(result).toEqual({ applied: 4, skipped: 0, replies: ['<out-1@pcse.test>'] });
    expect(calls).toEqual([]);
    expect(f.outbox[0]).toMatchObject({ inReplyTo: '<m1@nhs.net>' });
    expect(completions).toEqual([{
      reply: { key: effects.at(-1)!.key, messageId: '<out-1@pcse.test>', details: { template: expect.any(String), recipients: 2 } },
      finished: { applied: 4, skipped: 0, replies: 1 },
      transitions: ['executed', 'replied'],
    }]);
    // A reply the plan already knows is not sent again.
    const again = await executeApprovedCase(deps, 'case-1', effects, { thread: '<m1@nhs.net>', sentReplies: { [effects.at(-1)!.key]: '<out-1@pcse.test>' }, log, transitions: [] });
    expect(again.replies).toEqual(['<out-1@pcse.test>']);
    expect(f.outbox).toHaveLength(1);
  });

  it('applies the directory effects before a reply together, in one applyEffects call, and sends the reply after it', async () => {
    const f = makeFakes();
    const steps: string[] = [];
    const deps: ExecutorDeps = {
      ...f.deps,
      directory: {
        applyEffect: async () => { throw new Error('one effect at a time'); },
        applyEffects: async (effects, context) => { steps.push(`applyEffects:${effects.map((e) => e.type).join(',')}`); return f.deps.directory.applyEffects(effects, context); },
      },
      mailer: { send: async (email) => { steps.push('send'); return f.deps.mailer.send(email); } },
    };
    await executeApprovedCase(deps, 'case-1', planApproval(f.parsed, CONTEXT));
    expect(steps).toEqual(['applyEffects:ensure-user,grant-role,issue-verification-link', 'send']);
  });

  it('run twice = applied once: the second run changes nothing and emails nobody', async () => {
    const f = makeFakes();
    const effects = planApproval(f.parsed, CONTEXT);
    await executeApprovedCase(f.deps, 'case-1', effects);
    const again = await executeApprovedCase(f.deps, 'case-1', effects);
    expect(again).toEqual({ applied: 0, skipped: 4, replies: ['<out-1@pcse.test>'] });
    expect(f.outbox).toHaveLength(1);
    expect(f.appliedKeys.size).toBe(3);
  });

  it('stops at a failing effect, audits its code (not its message) and resumes safely on retry', async () => {
    const f = makeFakes({ failDirectoryAt: 'case-1:grant-role:k.patel@nhs.net:a81001:pl:pl organisation administrator' });
    const effects = planApproval(f.parsed, CONTEXT);
    const error = await executeApprovedCase(f.deps, 'case-1', effects).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExecutionError);
    expect(error).toMatchObject({ code: 'effect_failed' });
    expect(f.outbox).toHaveLength(0);
    const failed = f.audit.find((a) => a.type === 'effect_failed');
    expect(failed?.data).toEqual({ key: expect.any(String), effect: 'grant-role', error: 'db_unavailable' });
    expect(JSON.stringify(f.audit)).not.toMatch(/jo@nhs\.net/);
  });

  it('retries a failed send without re-applying the directory effects', async () => {
    const f = makeFakes({ failMailOnce: true });
    const effects = planApproval(f.parsed, CONTEXT);
    await expect(executeApprovedCase(f.deps, 'case-1', effects)).rejects.toMatchObject({ code: 'reply_failed' });
    const retry = await executeApprovedCase(f.deps, 'case-1', effects);
    expect(retry).toEqual({ applied: 1, skipped: 3, replies: ['<out-1@pcse.test>'] });
    expect(f.outbox).toHaveLength(1);
  });

  it('refuses malformed effects before touching anything', async () => {
    const f = makeFakes();
    const bad = [{ type: 'unlock-account', key: '', username: 'x' }] as unknown as Effect[];
    await expect(executeApprovedCase(f.deps, 'case-1', bad)).rejects.toMatchObject({ code: 'invalid_effect' });
    expect(f.directoryCalls).toHaveLength(0);
  });

  it('fails a reply whose model does not fit its template, without sending', async () => {
    const f = makeFakes();
    const bad: Effect[] = [{ type: 'send-reply', key: 'case-1:reply:x', template: 'done-account-unlock', to: ['a@nhs.net'], model: { caseRef: 'PCSE-2026-000123' } }];
    await expect(executeApprovedCase(f.deps, 'case-1', bad)).rejects.toMatchObject({ code: 'reply_failed' });
    expect(f.outbox).toHaveLength(0);
  });
});

describe('loadDirectoryFacts', () => {
  it('looks up exactly what the case needs, and nothing when the directory is not loaded', async () => {
    const { loadDirectoryFacts } = await import('../../../core/load-directory-facts.js');
    const { makeOrganisation } = await import('./case-builders.js');
    const calls: string[] = [];
    const reader = (loaded: boolean) => ({
      isLoaded: async () => loaded,
      findOrganisation: async (code: string) => (calls.push(`org:${code}`), code === 'U12345' ? makeOrganisation({ odsCode: code }) : null),
      isOnAuthorisedEmailList: async (email: string) => (calls.push(`ael:${email}`), false),
      findUserByEmailOrUsername: async (key: string) => (calls.push(`user:${key}`), null),
    });
    const parsed = finaliseCase(makeDraft('user_admin_nomination', { service: 'PCN', nominee: { name: 'K', email: 'k@nhs.net' }, approver: { name: 'I', email: 'icb@nhs.net', role: 'ICB' } }, { organisation: { odsCode: 'U12345', name: null, type: 'other' } }));
    const facts = await loadDirectoryFacts(reader(true), parsed);
    expect(calls.sort()).toEqual(['ael:icb@nhs.net', 'org:U12345', 'user:k@nhs.net']);
    expect(facts).toMatchObject({ loaded: true, accounts: { 'k@nhs.net': null }, authorisedEmails: { 'icb@nhs.net': false } });
    calls.length = 0;
    expect(await loadDirectoryFacts(reader(false), parsed)).toEqual({ loaded: false, organisations: {}, accounts: {}, authorisedEmails: {} });
    expect(calls).toEqual([]);
  });
});
