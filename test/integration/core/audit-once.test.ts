import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAllStorePorts, type AllStorePorts, openPrismaDirectory } from '../../support/all-store-ports.js';
import { createSmtpMailer } from '../../../core/adapters/smtp-mailer.js';
import { planApproval } from '../../../core/domain/cases/index.js';
import { ExecutionError, executeApprovedCase, type ExecutorDeps } from '../../../core/executor.js';
import { handleExecuteCase, type ExecuteCaseDeps } from '../../../core/jobs/execute-case.js';
import type { DirectoryEffect } from '../../../core/domain/effects.js';
import { readCaseHistory } from '../../../cli/commands/audit.js';
import { renderEmail } from '../../../templates/email/index.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';
import { makeIncomingEmail, makeParsedCase } from '../store/store-fixtures.js';

/**
 * One audit line per applied effect and per sent reply: `effect_applied` and `reply_sent` have exactly one writer
 * (the DirectoryWriter and the ReplyLog, inside the transaction that records the change), so `pcse audit show`
 * and listAuditEvents show each once, however many times the job runs.
 */
describe('effect_applied and reply_sent are audited once each (PostgreSQL, SMTP)', () => {
  let db: TestDatabase;
  let store: AllStorePorts;
  let sink: SmtpSink;
  let deps: ExecutorDeps;
  let mailer: ReturnType<typeof createSmtpMailer>;

  beforeAll(async () => {
    db = await createTestDatabase('postgresql', 'audit_once');
    await db.prisma.organisation.create({ data: { odsCode: 'A81001', name: 'Riverside Surgery', type: 'gp_practice', source: 'test' } });
    store = openAllStorePorts(db.prisma);
    sink = await startSmtpSink();
    mailer = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'portalenquiries@nhs.net' });
    deps = { cases: store, directory: openPrismaDirectory(db.prisma), replies: store, mailer, renderEmail };
  });
  afterAll(async () => {
    mailer?.close();
    await sink?.stop();
    await db?.drop();
  });

  it('an approved case run twice: each directory effect and the reply appear exactly once in the trail and in audit show', async () => {
    const r = await store.recordEmail(makeIncomingEmail('k:once:1', 'once', '<once-1@nhs.net>'), makeParsedCase());
    if (r.outcome !== 'created') throw new Error(r.outcome);
    const c = r.case;
    const effects = planApproval(c.parsed, { caseId: c.id, caseRef: c.ref, requesterEmail: c.parsed.from.email, decidedBy: ['aad-1'] });
    const directoryKeys = effects.filter((e) => e.type !== 'send-reply').map((e) => e.key);
    const replyKeys = effects.filter((e) => e.type === 'send-reply').map((e) => e.key);
    expect(directoryKeys.length).toBeGreaterThan(0);
    expect(replyKeys).toHaveLength(1);

    const first = await executeApprovedCase(deps, c.id, effects);
    const again = await executeApprovedCase(deps, c.id, effects);
    expect(first.applied).toBe(effects.length);
    expect(again).toMatchObject({ applied: 0, skipped: effects.length });
    expect(sink.messages).toHaveLength(1);

    const events = await store.listAuditEvents({ caseId: c.id, limit: 10_000 });
    const applied = events.filter((e) => e.type === 'effect_applied');
    expect(applied.map((e) => e.data.key).sort()).toEqual([...directoryKeys].sort());
    const sent = events.filter((e) => e.type === 'reply_sent');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.data).toEqual({ key: replyKeys[0], messageId: first.replies[0], template: expect.any(String), recipients: expect.any(Number) });
    // The second run says it skipped them, once each.
    expect(events.filter((e) => e.type === 'effect_skipped')).toHaveLength(directoryKeys.length);
    expect(events.filter((e) => e.type === 'reply_skipped')).toHaveLength(1);

    const history = await readCaseHistory(db.prisma, c);
    expect(history.filter((h) => h.what === 'effect_applied')).toHaveLength(directoryKeys.length);
    expect(history.filter((h) => h.what === 'reply_sent')).toHaveLength(1);
    // No second line for the same reply from the reply log.
    expect(history.filter((h) => h.step === 'reply')).toHaveLength(0);
    expect((await store.verifyAuditChain()).ok).toBe(true);
  });

  it('with an execution plan the reply record, execution_finished and the state changes close the run together, once however often it runs', async () => {
    const r = await store.recordEmail(makeIncomingEmail('k:once:2', 'once', '<once-2@nhs.net>'), makeParsedCase());
    if (r.outcome !== 'created') throw new Error(r.outcome);
    const approved = await store.transition(r.case.id, { to: 'approved' });
    if (!approved) throw new Error('could not approve');
    const effects = planApproval(approved.parsed, { caseId: approved.id, caseRef: approved.ref, requesterEmail: approved.parsed.from.email, decidedBy: ['aad-1'] });
    const sentBefore = sink.messages.length;
    const runOnce = async () => {
      const loaded = await store.loadExecution(approved.id);
      if (!loaded) throw new Error('case missing');
      return executeApprovedCase(deps, approved.id, effects, {
        thread: loaded.case.parsed.messageId, sentReplies: loaded.sentReplies, log: store, transitions: ['executed', 'replied'],
      });
    };
    const first = await runOnce();
    expect(first.applied).toBe(effects.length);
    const after = await store.loadExecution(approved.id);
    expect(after?.case.state).toBe('replied');
    expect(after?.sentReplies).toEqual({ [effects.find((e) => e.type === 'send-reply')!.key]: first.replies[0] });
    // A second run (a redelivered job) finds the reply in what it read with the case: nothing is sent again.
    const again = await runOnce();
    expect(again).toMatchObject({ applied: 0, skipped: effects.length, replies: first.replies });
    expect(sink.messages.length - sentBefore).toBe(1);
    const events = await store.listAuditEvents({ caseId: approved.id, limit: 100 });
    expect(events.filter((e) => e.type === 'reply_sent')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'execution_finished')).toHaveLength(2);
    const moves = events.filter((e) => e.type === 'state_changed').map((e) => e.data.to);
    expect(moves).toEqual(['approved', 'executed', 'replied']);
    expect((await store.verifyAuditChain()).ok).toBe(true);
  });

  it('completeExecution keeps the first Message-ID of a reply another run recorded, and still closes the run', async () => {
    const r = await store.recordEmail(makeIncomingEmail('k:once:3', 'once', '<once-3@nhs.net>'), makeParsedCase());
    if (r.outcome !== 'created') throw new Error(r.outcome);
    await store.transition(r.case.id, { to: 'approved' });
    await store.recordSentReply('reply:race', r.case.id, '<first@pcse.test>', { template: 't', recipients: 1 });
    await store.completeExecution(r.case.id, {
      reply: { key: 'reply:race', messageId: '<second@pcse.test>', details: { template: 't', recipients: 1 } }, finished: { applied: 0, skipped: 0, replies: 1 }, transitions: ['executed', 'replied'],
    });
    const loaded = await store.loadExecution(r.case.id);
    expect(loaded?.sentReplies['reply:race']).toBe('<first@pcse.test>');
    expect(loaded?.case.state).toBe('replied');
    const events = await store.listAuditEvents({ caseId: r.case.id, limit: 100 });
    expect(events.filter((e) => e.type === 'reply_sent')).toHaveLength(1);
  });

  /** An approved nomination (high-risk: two approvers) for `odsCode`; returns it and the last decision's id. */
  async function approvedNomination(key: string, odsCode: string): Promise<{ caseId: string; decisionId: string }> {
    const r = await store.recordEmail(makeIncomingEmail(`k:once:${key}`, key, `<once-${key}@nhs.net>`), makeParsedCase({ organisation: { odsCode, name: 'A practice', type: 'gp_practice' } }));
    if (r.outcome !== 'created') throw new Error(r.outcome);
    let decisionId = '';
    for (const aad of ['aad-1', 'aad-2']) {
      decisionId = (await store.recordDecision({ caseId: r.case.id, verb: 'approve', actor: { aadObjectId: aad, tenantId: 't', name: null }, cardVersion: r.case.version, reason: null, data: {} })).decision.id;
    }
    if (!(await store.transition(r.case.id, { to: 'approved' }))) throw new Error('could not approve');
    return { caseId: r.case.id, decisionId };
  }

  /** The job's deps with the step-by-step calls (a separate read, the DirectoryWriter) recorded in `steps`. */
  function jobDeps(steps: string[]): ExecuteCaseDeps {
    const directory = openPrismaDirectory(db.prisma);
    return {
      cases: store,
      audit: store,
      execution: { ...store, loadExecution: async (id) => { steps.push('loadExecution'); return store.loadExecution(id); } },
      executor: {
        ...deps,
        directory: {
          ...directory,
          applyEffects: async (effects, context) => { steps.push('applyEffects'); return directory.applyEffects(effects, context); },
          applyEffect: async (effect, context) => { steps.push('applyEffect'); return directory.applyEffect(effect, context); },
        },
      },
      maxAttempts: 3,
    };
  }

  it('execute-case reads an approved case and applies its directory change in one transaction (loadAndApply), audited once; a second run skips', async () => {
    const { caseId, decisionId } = await approvedNomination('merged', 'A81001');
    const steps: string[] = [];
    const sentBefore = sink.messages.length;
    expect(await handleExecuteCase(jobDeps(steps), { caseId, decisionId }, { attemptsMade: 0 })).toBe('replied');
    // Neither a read of its own nor a DirectoryWriter transaction: the change went with the read.
    expect(steps).toEqual([]);
    expect(sink.messages.length - sentBefore).toBe(1);
    const events = await store.listAuditEvents({ caseId, limit: 100 });
    const applied = events.filter((e) => e.type === 'effect_applied').map((e) => e.data.key as string);
    expect(applied.length).toBeGreaterThan(0);
    expect(events.filter((e) => e.type === 'execution_finished').map((e) => e.data)).toEqual([{ applied: applied.length + 1, skipped: 0, replies: 1 }]);
    expect((await store.getCase(caseId))?.state).toBe('replied');
    // The same effects again through loadAndApply: applied once, audited skipped once each.
    const effects = applied.map((key) => ({ key, type: events.find((e) => e.data.key === key)!.data.effect })) as DirectoryEffect[];
    const again = await store.loadAndApply(caseId, () => effects);
    expect(again?.applied).toEqual(effects.map(() => ({ applied: false })));
    const after = await store.listAuditEvents({ caseId, limit: 100 });
    expect(after.filter((e) => e.type === 'effect_applied')).toHaveLength(applied.length);
    expect(after.filter((e) => e.type === 'effect_skipped')).toHaveLength(applied.length);
    expect((await store.verifyAuditChain()).ok).toBe(true);
  });

  it('an effect that fails in the merged transaction leaves nothing of it: the job reads again, applies step by step and audits the failure once', async () => {
    // No such organisation in the directory: granting the role fails.
    const { caseId, decisionId } = await approvedNomination('fails', 'Y99999');
    const steps: string[] = [];
    const sentBefore = sink.messages.length;
    const error = await handleExecuteCase(jobDeps(steps), { caseId, decisionId }, { attemptsMade: 0 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExecutionError);
    expect(steps).toEqual(['loadExecution', 'applyEffects']);
    const events = await store.listAuditEvents({ caseId, limit: 100 });
    expect(events.filter((e) => e.type === 'effect_failed')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'effect_applied' || e.type === 'effect_skipped')).toHaveLength(0);
    expect(await db.prisma.appliedEffect.count({ where: { caseId } })).toBe(0);
    expect(sink.messages.length).toBe(sentBefore);
    expect((await store.getCase(caseId))?.state).toBe('approved');
  });
});
