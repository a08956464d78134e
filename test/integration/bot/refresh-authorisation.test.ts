import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, USERS, type BotHarness } from './bot-harness.js';

/**
 * `refresh` returns the whole case card (names, addresses, ODS code, findings), so it is authorised like the
 * decision verbs: an invoke from outside the tenant or from someone not on the staff list gets a card with the
 * refusal and nothing of the case, and the refusal is audited. Over the bot's own HTTP endpoint.
 */
describe('bot: the refresh action is authorised (PostgreSQL)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness('postgresql');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('an outsider and another tenant get a minimal card and an audited refusal; staff get the case card', async () => {
    const c = await h.addCase();
    const data = { caseId: c.id, cardVersion: c.version };
    const caseData = [c.id, c.ref, 'Kiran Patel', 'k.patel@nhs.net', 'A81001', 'Riverside', 'jo.bloggs@nhs.net'];

    const outsider = await h.invoke(USERS.eve, 'refresh', data);
    expect(outsider.status).toBe(200);
    expect(outsider.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const outsiderCard = JSON.stringify(outsider.body.value);
    expect(outsiderCard).toContain('Only PCSE casework staff');
    for (const value of caseData) expect(outsiderCard).not.toContain(value);

    const otherTenant = await h.invoke(USERS.sam, 'refresh', data, { tenantId: 'other-tenant' });
    const otherCard = JSON.stringify(otherTenant.body.value);
    expect(otherCard).toContain('different organisation');
    for (const value of caseData) expect(otherCard).not.toContain(value);

    const staff = await h.invoke(USERS.sam, 'refresh', data);
    const staffCard = JSON.stringify(staff.body.value);
    expect(staffCard).toContain(c.id);
    expect(staffCard).toContain('Kiran Patel');

    const refused = (await h.store.listAuditEvents({ limit: 100_000 })).filter((e) => e.type === 'decision_refused' && e.data.verb === 'refresh');
    expect(refused.map((e) => `${e.data.reason}:${e.actor}`).sort()).toEqual(['not_staff:aad-eve', 'wrong_tenant:aad-sam']);
    // Ids and codes only in the audit trail.
    expect(JSON.stringify(refused)).not.toContain('Kiran');
  });
});
