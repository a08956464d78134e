import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../../core/adapters/smtp-mailer.js';
import { handleExecuteCase, type ExecuteCaseDeps } from '../../../core/jobs/execute-case.js';
import type { Actor, StoredCase } from '../../../core/ports.js';
import { renderEmail } from '../../../templates/email/index.js';
import { openAllStorePorts, type AllStorePorts, openPrismaDirectory } from '../../support/all-store-ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';
import { makeIncomingEmail, makeParsedCase } from '../store/store-fixtures.js';

const TENANT = 'tenant-1';
const actor = (aadObjectId: string): Actor => ({ aadObjectId, tenantId: TENANT, name: null });

/**
 * The worker applies an approved case only when the domain's isApprovalComplete agrees with the approvals recorded
 * at the decided card version (two different people for a high-risk kind, never only editors of the current
 * values), even if the case reached `approved` some other way. A nomination is high-risk.
 */
describe('execute-case applies an approved case only when its approvals are complete (SQLite, SMTP)', () => {
  let db: TestDatabase;
  let store: AllStorePorts;
  let sink: SmtpSink;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let deps: ExecuteCaseDeps;
  let seq = 0;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite', 'execute_guard');
    await db.prisma.organisation.create({ data: { odsCode: 'A81001', name: 'Riverside Surgery', type: 'gp_practice', source: 'test' } });
    store = openAllStorePorts(db.prisma);
    sink = await startSmtpSink();
    mailer = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'portalenquiries@nhs.net' });
    deps = {
      cases: store,
      execution: store,
      audit: store,
      executor: { cases: store, directory: openPrismaDirectory(db.prisma), replies: store, mailer, renderEmail },
      maxAttempts: 3,
    };
  });
  afterAll(async () => {
    mailer?.close();
    await sink?.stop();
    await db?.drop();
  });

  /** A nomination moved to approved with the given approvers' decisions at its card version; returns the last decision's id. */
  async function approvedNomination(approvers: string[]): Promise<{ c: StoredCase; decisionId: string }> {
    seq += 1;
    const r = await store.recordEmail(makeIncomingEmail(`k:guard:${seq}`, `guard ${seq}`, `<guard-${seq}@nhs.net>`), makeParsedCase());
    if (r.outcome !== 'created') throw new Error(r.outcome);
    let decisionId = '';
    for (const a of approvers) {
      decisionId = (await store.recordDecision({ caseId: r.case.id, verb: 'approve', actor: actor(a), cardVersion: r.case.version, reason: null, data: {} })).decision.id;
    }
    const moved = await store.transition(r.case.id, { to: 'approved' });
    if (!moved) throw new Error('could not approve');
    return { c: moved, decisionId };
  }

  async function outcomeOf(c: StoredCase) {
    const events = await store.listAuditEvents({ caseId: c.id, limit: 1000 });
    return {
      state: (await store.getCase(c.id))?.state,
      applied: events.filter((e) => e.type === 'effect_applied').length,
      failed: events.filter((e) => e.type === 'execution_failed').map((e) => e.data.code),
      nominee: await db.prisma.user.findFirst({ where: { email: 'k.patel@nhs.net' }, include: { roles: true } }),
    };
  }

  it('one approver of a high-risk case: nothing is applied or sent, and the case fails for supervisors', async () => {
    const sent = sink.messages.length;
    const { c, decisionId } = await approvedNomination(['aad-1']);
    expect(await handleExecuteCase(deps, { caseId: c.id, decisionId }, { attemptsMade: 0 })).toBe('failed');
    const after = await outcomeOf(c);
    expect(after).toMatchObject({ state: 'failed', applied: 0, failed: ['approval_incomplete'] });
    expect(after.nominee).toBeNull();
    expect(sink.messages.length).toBe(sent);
  });

  it('two approvers who both edited the current values: nothing is applied', async () => {
    const { c, decisionId } = await approvedNomination(['aad-1', 'aad-2']);
    for (const editor of ['aad-1', 'aad-2']) {
      await store.appendAudit({ caseId: c.id, type: 'case_edited', actor: editor, data: { changes: [{ path: editor === 'aad-1' ? 'fields.nominee.name' : 'fields.service', from: 'x', to: 'y' }] } });
    }
    expect(await handleExecuteCase(deps, { caseId: c.id, decisionId }, { attemptsMade: 0 })).toBe('failed');
    expect(await outcomeOf(c)).toMatchObject({ state: 'failed', applied: 0, failed: ['approval_incomplete'] });
  });

  it('two different approvers: the case is applied and replied to', async () => {
    const sent = sink.messages.length;
    const { c, decisionId } = await approvedNomination(['aad-1', 'aad-2']);
    expect(await handleExecuteCase(deps, { caseId: c.id, decisionId }, { attemptsMade: 0 })).toBe('replied');
    const after = await outcomeOf(c);
    expect(after.state).toBe('replied');
    expect(after.applied).toBeGreaterThan(0);
    expect(after.failed).toEqual([]);
    expect(after.nominee?.roles.length).toBeGreaterThan(0);
    expect(sink.messages.length).toBe(sent + 1);
  });
});
