import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { createProcessMetrics } from '../../../core/observability/metrics.js';
import { SHARED_REDIS_URL, uniqueRedisPrefix } from '../../support/redis.js';
import { startBotHarness, USERS, type BotHarness } from './bot-harness.js';

const WRONG_NOMINEE: Partial<ParsedCase> = {
  fields: { service: 'PL', nominee: { name: 'Zoe Bronte', email: 'zoe.bronte@nhs.nte' }, approver: null, existingAdminCount: 4 },
  findings: [{ code: 'admin_limit_reached', severity: 'error', message: 'The email says the organisation already has 4 PL user administrators; the limit is 4.' }],
};

describe.each(['sqlite', 'postgresql'] as const)('bot: "Edit fields…" (issue 11) (%s)', (provider) => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness(provider);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('staff correct a value: new version, findings recomputed, audit and correction rows, old approvals void, executed with the new value', async () => {
    const c = await h.addCase(WRONG_NOMINEE);
    const posted = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    expect(JSON.stringify(posted.body)).toContain('"title":"Edit fields…"');
    // A first approval at the old version (over its admin_limit_reached error, which takes a reason: issue 10)...
    const first = await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: c.version, overrideReason: 'Count looks wrong; checking.' });
    expect(JSON.stringify(first.body.value)).toContain('second, different approver');

    const res = await h.invoke(USERS.sam, 'edit', {
      caseId: c.id, cardVersion: c.version, 'edit:fields.nominee.email': 'Zoe.Bronte@nhs.net', 'edit:fields.existingAdminCount': '3', 'edit:fields.service': 'PL',
    });
    const card = JSON.stringify(res.body.value);
    expect(card).toContain('Saved 2 changes');
    expect(card).toContain('"text":"zoe.bronte@nhs.net"');
    // The next approver sees that the value is staff's correction, not what the email said.
    expect(card).toMatch(/Corrected by Sam Staff \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\)/);
    expect(card).not.toContain('admin\\\\_limit\\\\_reached');
    const now = await h.store.getCase(c.id);
    expect(now).toMatchObject({ version: c.version + 1, state: 'awaiting_approval' });
    expect(now?.parsed.fields).toMatchObject({ nominee: { email: 'zoe.bronte@nhs.net' }, existingAdminCount: 3 });
    const audit = (await h.store.listAuditEvents({ caseId: c.id })).find((e) => e.type === 'case_edited');
    expect(audit?.actor).toBe(USERS.sam.aadObjectId);
    // The audit chain cannot be edited or erased, so it names the corrected paths and rows, never the values
    // (docs/decisions/0007-audit-without-personal-values.md); the values are in the case's correction rows.
    expect(audit?.data.changes).toEqual([
      { path: 'fields.nominee.email', correctionId: expect.any(String) },
      { path: 'fields.existingAdminCount', correctionId: expect.any(String) },
    ]);
    expect(JSON.stringify(audit?.data)).not.toMatch(/zoe\.bronte/);
    const rows = await h.database.prisma.caseCorrection.findMany({ where: { caseId: c.id }, orderBy: { path: 'desc' } });
    expect(rows.map((r) => [r.id, r.path, JSON.parse(r.fromValue), JSON.parse(r.toValue)])).toEqual([
      [(audit?.data.changes as { correctionId: string }[])[0]!.correctionId, 'fields.nominee.email', 'zoe.bronte@nhs.nte', 'zoe.bronte@nhs.net'],
      [(audit?.data.changes as { correctionId: string }[])[1]!.correctionId, 'fields.existingAdminCount', 4, 3],
    ]);
    expect(now?.correctedBy['fields.nominee.email']).toMatchObject({ by: 'Sam Staff' });
    const counts = await h.store.countCorrections(new Date(Date.now() - 86_400_000));
    expect(counts.correctedByKindAndPath.user_admin_nomination).toMatchObject({ 'fields.nominee.email': 1, 'fields.existingAdminCount': 1 });

    // Alex's approval was for the old values: one more approval is not enough, two at the new version are.
    const again = await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: c.version + 1 });
    expect(JSON.stringify(again.body.value)).toContain('second, different approver');
    await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version + 1 });
    await h.waitForState(c.id, 'replied', 15_000);
    const effects = await h.database.prisma.appliedEffect.findMany({ where: { caseId: c.id } });
    expect(JSON.stringify(effects)).toContain('zoe.bronte@nhs.net');
    expect(JSON.stringify(effects)).not.toContain('nhs.nte');

    // Live accuracy: on /metrics (grouped queries when scraped) and on the supervisors' status card.
    const redis = new Redis(SHARED_REDIS_URL);
    const metrics = createProcessMetrics({ processName: 'test', db: h.database.prisma, queueCounts: () => h.queue.queueCounts(), redis, queuePrefix: uniqueRedisPrefix('edit_metrics') });
    const page = await metrics.registry.metrics().finally(() => redis.quit());
    expect(page).toMatch(/pcse_case_correction_share\{kind="user_admin_nomination",field="fields\.nominee\.email",window="7d",process="test"\} (0\.\d+|1)\n/);
    expect(page).toMatch(/pcse_case_reclassified_share\{kind="user_admin_nomination",window="30d",process="test"\} 0\n/);
    await h.message(USERS.sue, 'status');
    const status = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes('Staff corrections'));
    const statusText = JSON.stringify(status.body);
    expect(statusText).toContain('User administrator nomination: 1 in 30 days · reclassified 0%');
    expect(statusText).toContain('nominee › email 100%');
  });

  it('refuses an invalid value, an old card, and anyone who is not staff; nothing changes', async () => {
    const c = await h.addCase(WRONG_NOMINEE);
    const bad = await h.invoke(USERS.sam, 'edit', { caseId: c.id, cardVersion: c.version, 'edit:fields.nominee.email': 'not an address' });
    expect(JSON.stringify(bad.body.value)).toContain('not valid: nominee › email');
    const outsider = await h.invoke(USERS.eve, 'edit', { caseId: c.id, cardVersion: c.version, 'edit:fields.nominee.email': 'eve@nhs.net' });
    expect(JSON.stringify(outsider.body)).toContain('Only PCSE casework staff');
    const ok = await h.invoke(USERS.sam, 'edit', { caseId: c.id, cardVersion: c.version, 'edit:fields.nominee.email': 'zoe@nhs.net' });
    expect(JSON.stringify(ok.body.value)).toContain('Saved 1 change');
    const stale = await h.invoke(USERS.alex, 'edit', { caseId: c.id, cardVersion: c.version, 'edit:fields.nominee.email': 'other@nhs.net' });
    expect(JSON.stringify(stale.body.value)).toContain('out of date');
    expect((await h.store.getCase(c.id))?.parsed.fields).toMatchObject({ nominee: { email: 'zoe@nhs.net' } });
  });

  it('works after Reclassify…: the new kind\'s values can be corrected', async () => {
    const c = await h.addCase({ kind: 'unclassified', fields: {}, subject: 'Please remove roles' });
    await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    // Reclassified with no username yet: the practice would be asked; with the fields complete it waits for approval.
    await h.database.prisma.case.update({ where: { id: c.id }, data: { parsed: JSON.stringify({ ...c.parsed, fields: { username: 'kpatel', roles: ['Old role'] } }) } });
    const moved = await h.invoke(USERS.sam, 'reclassify', { caseId: c.id, cardVersion: c.version, newKind: 'role_removal_request' });
    expect(JSON.stringify(moved.body.value)).toContain('"title":"Edit fields…"');
    const res = await h.invoke(USERS.alex, 'edit', { caseId: c.id, cardVersion: c.version + 1, 'edit:fields.roles': 'Role one\nRole two' });
    expect(JSON.stringify(res.body.value)).toContain('Saved 1 change');
    expect((await h.store.getCase(c.id))?.parsed.fields).toMatchObject({ username: 'kpatel', roles: ['Role one', 'Role two'] });
    const counts = await h.store.countCorrections(new Date(Date.now() - 86_400_000));
    expect(counts.reclassifiedByKind.unclassified).toBeGreaterThanOrEqual(1);
  });
});
