import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { startBotHarness, USERS, type BotHarness } from './bot-harness.js';

const UNCLASSIFIED: Partial<ParsedCase> = {
  kind: 'unclassified',
  subject: 'Question about our account',
  fields: {},
  findings: [{ code: 'unclassified', severity: 'info', message: 'The email was not recognised as a request: classify it or reject it.' }],
};

/**
 * A case reclassified into a kind that lacks fields waits for information, so the practice must be asked for
 * those fields: the reclassify hands the case to the execute-case job, as request_info does, and the
 * info-request email goes out exactly once. Over HTTP, with the real queue, worker and SMTP.
 */
describe('bot: reclassified into needs_information, the practice is asked once (PostgreSQL, Redis, SMTP)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness('postgresql');
  });
  afterAll(async () => {
    await h?.stop();
  });

  const infoRequests = (ref: string) => h.smtp.messages.filter((m) => (m.subject ?? '').includes(ref) && /More information needed/.test(m.subject ?? ''));

  it('reclassify to account_unlock with its fields missing: one info-request email asking for them', async () => {
    const c = await h.addCase(UNCLASSIFIED);
    await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    const res = await h.invoke(USERS.alex, 'reclassify', { caseId: c.id, cardVersion: c.version, newKind: 'account_unlock' });
    expect(res.status).toBe(200);
    const moved = await h.store.getCase(c.id);
    expect(moved).toMatchObject({ kind: 'account_unlock', state: 'needs_information' });
    expect(moved!.parsed.missing.length).toBeGreaterThan(0);

    const mail = await h.smtp.waitFor((m) => infoRequests(c.ref).includes(m), 10_000);
    expect(JSON.stringify(mail.to)).toContain('jo.bloggs@nhs.net');
    expect(mail.text).toMatch(/Please send the /);
    // A second click on the (now stale) card and the job's own retries send nothing more.
    await h.invoke(USERS.alex, 'reclassify', { caseId: c.id, cardVersion: c.version, newKind: 'account_unlock' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(infoRequests(c.ref)).toHaveLength(1);
    const events = await h.store.listAuditEvents({ caseId: c.id, limit: 1000 });
    expect(events.filter((e) => e.type === 'reply_sent' && e.data.template === 'info-request')).toHaveLength(1);
  });

  it('reclassify into a complete kind: it waits for approval and the practice gets no info request', async () => {
    const c = await h.addCase({
      ...UNCLASSIFIED,
      fields: { service: 'PL', nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' }, approver: null },
    });
    await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    await h.invoke(USERS.alex, 'reclassify', { caseId: c.id, cardVersion: c.version, newKind: 'user_admin_nomination' });
    expect((await h.store.getCase(c.id))?.state).toBe('awaiting_approval');
    await new Promise((r) => setTimeout(r, 1500));
    expect(infoRequests(c.ref)).toHaveLength(0);
  });
});
