import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import type { ParsedCase } from '../../../core/domain/case.js';
import type { StoredCase } from '../../../core/ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeIncomingEmail, makeParsedCase } from './store-fixtures.js';

const actor = { aadObjectId: 'aad-1', tenantId: 'tenant-1', name: 'Approver One' };

const UNCLASSIFIED: Partial<ParsedCase> = {
  kind: 'unclassified',
  fields: {},
  findings: [{ code: 'unclassified', severity: 'info', message: 'The email was not recognised as a request: classify it or reject it.' }],
};

describe.each(['sqlite', 'postgresql'] as const)('The Prisma store ports: reclassify, card address, acknowledgement outbox (%s)', (provider) => {
  let database: TestDatabase;
  let store: AllStorePorts;

  beforeAll(async () => {
    database = await createTestDatabase(provider, 'reclassify');
    store = openAllStorePorts(database.prisma);
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function addCase(overrides: Partial<ParsedCase> = {}): Promise<StoredCase> {
    const key = `k:${randomUUID()}`;
    const result = await store.recordEmail(makeIncomingEmail(key, key, `<${randomUUID()}@nhs.net>`), makeParsedCase(overrides));
    if (result.outcome !== 'created') throw new Error(result.outcome);
    return result.case;
  }

  it('reclassifies an unclassified case into a kind that needs nothing more: awaiting approval at a new version, audited', async () => {
    const c = await addCase(UNCLASSIFIED);
    await store.markQueued(c.id);
    const moved = await store.reclassifyCase(c.id, { kind: 'role_removal_request', expectedVersion: c.version, actor });
    expect(moved).not.toBeNull();
    expect(moved!.kind).toBe('role_removal_request');
    expect(moved!.parsed.kind).toBe('role_removal_request');
    expect(moved!.state).toBe('awaiting_approval');
    expect(moved!.version).toBe(c.version + 1);
    // The classifier's "classify it" finding belonged to the old kind; the new kind's own check is there instead.
    expect(moved!.findings.map((f) => f.code)).not.toContain('unclassified');
    expect(moved!.findings.map((f) => f.code)).toContain('role_removal_not_done_by_pcse');
    expect(moved!.parsed.fields).toEqual({ username: null, roles: [] });
    // Ready again at a new version: back through the outbox so the card follows.
    expect((await store.listUnqueuedCases()).map((u) => u.id)).toContain(c.id);
    const audit = await store.listAuditEvents({ caseId: c.id });
    expect(audit.filter((e) => e.type === 'case_reclassified').map((e) => [e.actor, e.data.fromKind, e.data.toKind, e.data.to])).toEqual([
      ['aad-1', 'unclassified', 'role_removal_request', 'awaiting_approval'],
    ]);
    expect((await store.verifyAuditChain()).ok).toBe(true);
  });

  it('reclassifying into a kind whose required fields are absent moves the case to needs_information with them missing', async () => {
    const c = await addCase(UNCLASSIFIED);
    const moved = await store.reclassifyCase(c.id, { kind: 'account_unlock', expectedVersion: c.version, actor });
    expect(moved?.state).toBe('needs_information');
    expect(moved?.parsed.missing).toEqual(['fields.username']);
  });

  it('keeps the values the new kind shares with the old one and drops the old kind\'s findings', async () => {
    const c = await addCase({ kind: 'account_reactivation', fields: { username: 'jbloggs' }, mailbox: 'portalenquiries' });
    const moved = await store.reclassifyCase(c.id, { kind: 'account_unlock', expectedVersion: c.version, actor });
    expect(moved?.state).toBe('awaiting_approval');
    expect(moved?.parsed.fields).toEqual({ username: 'jbloggs' });
    expect(moved?.parsed.missing).toEqual([]);
  });

  it('is conditional: a stale version, a decided case, or the loser of a race gets null', async () => {
    const c = await addCase(UNCLASSIFIED);
    expect(await store.reclassifyCase(c.id, { kind: 'account_unlock', expectedVersion: c.version + 1, actor })).toBeNull();
    const rejected = await store.transition(c.id, { to: 'rejected', expectedVersion: c.version, actor });
    expect(await store.reclassifyCase(c.id, { kind: 'account_unlock', expectedVersion: rejected!.version, actor })).toBeNull();
    const d = await addCase(UNCLASSIFIED);
    const results = await Promise.all(
      (['account_unlock', 'role_removal_request', 'account_reactivation', 'verification_link_resend'] as const).map((kind) =>
        store.reclassifyCase(d.id, { kind, expectedVersion: d.version, actor }),
      ),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    expect((await store.listAuditEvents({ caseId: d.id })).filter((e) => e.type === 'case_reclassified')).toHaveLength(1);
  });

  it('keeps the posted card\'s address on the case; one claim wins until the card is recorded or the lease runs out', async () => {
    const c = await addCase();
    expect(await store.getCaseCard(c.id)).toBeNull();
    const claims = await Promise.all(Array.from({ length: 6 }, () => store.claimCaseCardPost(c.id, 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await store.recordCaseCard(c.id, { conversationId: '19:chan', activityId: 'act-1', version: c.version, reannounced: false });
    expect(await store.getCaseCard(c.id)).toEqual({ conversationId: '19:chan', activityId: 'act-1', version: c.version });
    // A recorded card is never claimed again, however old.
    expect(await store.claimCaseCardPost(c.id, 0)).toBe(false);
    const audit = await store.listAuditEvents({ caseId: c.id });
    expect(audit.filter((e) => e.type === 'case_card_posted').map((e) => e.data.activityId)).toEqual(['act-1']);

    const crashed = await addCase();
    expect(await store.claimCaseCardPost(crashed.id, 60_000)).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    // The first claimant died: after its lease another delivery may post.
    expect(await store.claimCaseCardPost(crashed.id, 60_000)).toBe(false);
    expect(await store.claimCaseCardPost(crashed.id, 5)).toBe(true);
  });

  it('commits a new case with its acknowledgement due; a claim hides it for the lease; settling clears it (skips audited)', async () => {
    const c = await addCase({ mailbox: 'datamanager' });
    const due = await store.listDueAcknowledgements('datamanager');
    expect(due.map((d) => d.id)).toContain(c.id);
    expect((await store.listDueAcknowledgements('openexeter')).map((d) => d.id)).not.toContain(c.id);
    const claims = await Promise.all(Array.from({ length: 4 }, () => store.claimAcknowledgement(c.id, 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await store.listDueAcknowledgements('datamanager')).map((d) => d.id)).not.toContain(c.id);
    await store.settleAcknowledgement(c.id, null);
    expect(await store.claimAcknowledgement(c.id, 0)).toBe(false);

    const capped = await addCase({ mailbox: 'datamanager' });
    await store.settleAcknowledgement(capped.id, 'hourly_cap');
    await store.settleAcknowledgement(capped.id, 'hourly_cap');
    const audit = await store.listAuditEvents({ caseId: capped.id });
    expect(audit.filter((e) => e.type === 'acknowledgement_skipped').map((e) => e.data.reason)).toEqual(['hourly_cap']);
    expect((await store.listDueAcknowledgements('datamanager')).map((d) => d.id)).not.toContain(capped.id);
  });

  it('ignored mail makes no case, so no acknowledgement is ever due for it', async () => {
    const before = (await store.listDueAcknowledgements('portalenquiries', 10_000)).length;
    const r = await store.recordEmail(makeIncomingEmail(`k:${randomUUID()}`, 'auto', null), makeParsedCase({ ignored: 'auto_reply' }));
    expect(r.outcome).toBe('ignored');
    expect((await store.listDueAcknowledgements('portalenquiries', 10_000)).length).toBe(before);
  });
});
