import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { CARD_MISSING_AFTER_MS, handleEscalation } from '../../../core/jobs/escalate-waiting-cases.js';
import { makeIncomingEmail, makeParsedCase } from '../store/store-fixtures.js';
import { startBotHarness, USERS, CHANNEL, type BotHarness } from './bot-harness.js';

const EMAIL_UPDATE = {
  mailbox: 'datamanager' as const,
  kind: 'practice_email_update' as const,
  subject: 'Change of practice email',
  fields: { currentEmail: 'riverside.a81001@nhs.net', newEmail: 'riverside.surgery@nhs.net' },
};

describe.each(['sqlite', 'postgresql'] as const)('bot approval flow over HTTP (%s)', (provider) => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness(provider);
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('stores the channel reference on conversationUpdate, and a queued case produces a card at the connector', async () => {
    const refs = await h.store.listConversationReferences('channel');
    expect(refs.map((r) => r.id)).toEqual([CHANNEL]);
    const c = await h.addCase(EMAIL_UPDATE);
    const post = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.ref.replace(/-/g, '\\\\-')));
    expect(post.conversationId).toBe(CHANNEL);
    expect(post.body.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(post.body)).toContain('"verb":"approve"');
  });

  it('approve: one click executes the case in the directory, emails the new address and replaces the card for everyone', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    const posted = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    const res = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version }, { replyToId: posted.id });
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(res.body.value)).toContain('Approved');
    expect(JSON.stringify(res.body.value)).not.toContain('"verb":"approve"');
    await h.waitForState(c.id, 'replied');
    const org = await h.database.prisma.organisation.findUniqueOrThrow({ where: { odsCode: 'A81001' } });
    expect(org.email).toBe('riverside.surgery@nhs.net');
    const mail = await h.smtp.waitFor((m) => (m.subject ?? '').includes(c.ref));
    expect(JSON.stringify(mail.to)).toContain('riverside.surgery@nhs.net');
    const update = await h.connector.waitFor((call) => call.method === 'PUT' && call.activityId === posted.id && JSON.stringify(call.body).includes('Done (replied)'));
    expect(JSON.stringify(update.body)).toContain('"userIds":["29:sam"]');
  });

  it('reject: requires a reason, then emails the practice the reason and shows the rejected card', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    const posted = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    const noReason = await h.invoke(USERS.sam, 'reject', { caseId: c.id, cardVersion: c.version });
    expect(JSON.stringify(noReason.body.value)).toContain('Please give a reason');
    expect((await h.store.getCase(c.id))?.state).toBe('awaiting_approval');
    const res = await h.invoke(USERS.sam, 'reject', { caseId: c.id, cardVersion: c.version, rejectReason: 'other', rejectText: 'The new address belongs to a person.' });
    expect(JSON.stringify(res.body.value)).toContain('Rejected');
    const mail = await h.smtp.waitFor((m) => (m.subject ?? '').includes(c.ref) && (m.text ?? '').includes('belongs to a person'));
    expect(JSON.stringify(mail.to)).toContain('jo.bloggs@nhs.net');
    await h.connector.waitFor((call) => call.method === 'PUT' && call.activityId === posted.id && JSON.stringify(call.body).includes('Rejected'));
  });

  it('request_info: moves the case to needs_information and emails the questions', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    const res = await h.invoke(USERS.alex, 'request_info', { caseId: c.id, cardVersion: c.version, infoFields: 'other', infoMessage: 'Is this a shared mailbox?' });
    expect(JSON.stringify(res.body.value)).toContain('Information requested');
    await h.waitForState(c.id, 'needs_information');
    const mail = await h.smtp.waitFor((m) => (m.subject ?? '').includes(c.ref) && (m.text ?? '').includes('Is this a shared mailbox?'));
    expect(JSON.stringify(mail.to)).toContain('jo.bloggs@nhs.net');
  });

  it('refuses and audits: someone outside staff, a wrong tenant, and the requester approving their own case', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    const data = { caseId: c.id, cardVersion: c.version };
    const outsider = await h.invoke(USERS.eve, 'approve', data);
    expect(outsider.body.value).toContain('Only PCSE casework staff');
    const wrongTenant = await h.invoke(USERS.sam, 'approve', data, { tenantId: 'other-tenant' });
    expect(wrongTenant.body.value).toContain('different organisation');
    const own = await h.invoke(USERS.jo, 'approve', data);
    expect(JSON.stringify(own.body.value)).toContain('from your own email address');
    expect((await h.store.getCase(c.id))?.state).toBe('awaiting_approval');
    expect(await h.store.listDecisions(c.id)).toEqual([]);
    const audit = await h.store.listAuditEvents({ caseId: c.id });
    expect(audit.filter((e) => e.type === 'decision_refused').map((e) => [e.actor, e.data.reason])).toEqual([['aad-jo', 'own_request']]);
    const orphan = (await h.store.listAuditEvents({ limit: 100_000 })).filter((e) => e.type === 'decision_refused' && e.caseId === null);
    expect(orphan.map((e) => e.data.reason)).toEqual(expect.arrayContaining(['not_staff', 'wrong_tenant']));
  });

  it('a high-risk nomination needs two different approvers; the same approver twice does not count', async () => {
    const c = await h.addCase();
    await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    const first = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version });
    expect(JSON.stringify(first.body.value)).toContain('second, different approver');
    const again = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version });
    expect(JSON.stringify(again.body.value)).toContain('already approved this case');
    expect((await h.store.getCase(c.id))?.state).toBe('awaiting_approval');
    await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: c.version });
    await h.waitForState(c.id, 'replied');
    const user = await h.database.prisma.user.findFirst({ where: { email: 'k.patel@nhs.net' } });
    expect(user).not.toBeNull();
  });

  it('supervisors get a status card; staff are refused', async () => {
    await h.message(USERS.sue, 'status');
    const status = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes('Casework status'));
    expect(JSON.stringify(status.body)).toContain('Awaiting approval');
    await h.message(USERS.sam, 'status');
    await h.connector.waitFor((call) => call.method === 'POST' && (call.body.text ?? '').includes('Only supervisors'));
  });

  it('a stale card version is refused without a decision', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    const res = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version - 1 });
    expect(JSON.stringify(res.body.value)).toContain('out of date');
    expect(await h.store.listDecisions(c.id)).toEqual([]);
  });

  it('case <ref> shows that case\'s card to staff', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    await h.message(USERS.alex, `case ${c.ref.toLowerCase()}`);
    const reply = await h.connector.waitFor((call) => call.method === 'POST' && call.activityId !== null && JSON.stringify(call.body).includes(c.id));
    expect(JSON.stringify(reply.body)).toContain('"verb":"approve"');
  });

  it('escalation re-announces cases waiting too long, once per period, and re-enqueues a lost execution', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    const lastEscalated = new Map<string, number>();
    const later = new Date(Date.now() + 5 * 3600_000);
    const summaries: unknown[] = [];
    const deps = {
      cases: h.store,
      escalateAfterMinutes: 240,
      lastEscalated,
      reannounce: async (id: string, minutes: number) => {
        await h.bot.publisher.postCaseCard(id, `Escalated: waiting ${minutes} minutes for a decision.`);
      },
      notifySupervisors: async (s: unknown) => void summaries.push(s),
      postMissingCard: async (id: string) => void (await h.bot.publisher.postCaseCard(id)),
      enqueueExecution: async () => {},
    };
    const first = await handleEscalation(deps, later);
    expect(first.escalated).toBeGreaterThanOrEqual(1);
    await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes('Escalated: waiting') && JSON.stringify(call.body).includes(c.id));
    expect(summaries).toHaveLength(1);
    const again = await handleEscalation(deps, new Date(later.getTime() + 60_000));
    expect(again.escalated).toBe(0);
  });

  it('the sweep posts the card of a waiting case whose case-ready job gave up, and counts the ones it still cannot post', async () => {
    // Stored but never announced: what is left when every attempt of its case-ready job failed.
    const key = `maildir:test:${randomUUID()}`;
    const stored = await h.store.recordEmail(makeIncomingEmail(key, key, `<${randomUUID()}@nhs.net>`), makeParsedCase(EMAIL_UPDATE));
    if (stored.outcome !== 'created') throw new Error(stored.outcome);
    const c = stored.case;
    expect(await h.store.getCaseCard(c.id)).toBeNull();
    const failing = new Set<string>();
    const deps = {
      cases: h.store,
      escalateAfterMinutes: 240,
      lastEscalated: new Map<string, number>(),
      reannounce: async () => {},
      notifySupervisors: async () => {},
      postMissingCard: async (id: string) => {
        if (failing.has(id)) throw new Error('connector down');
        await h.bot.publisher.postCaseCard(id);
      },
      enqueueExecution: async () => {},
    };
    // Within the case-ready job's own retries the sweep leaves it alone.
    expect((await handleEscalation(deps, new Date(Date.now() + 60_000))).cardsPosted).toBe(0);
    failing.add(c.id);
    expect(await handleEscalation(deps, new Date(Date.now() + CARD_MISSING_AFTER_MS + 60_000))).toMatchObject({ cardsPosted: 0, cardsStillMissing: 1 });
    failing.clear();
    expect(await handleEscalation(deps, new Date(Date.now() + CARD_MISSING_AFTER_MS + 60_000))).toMatchObject({ cardsPosted: 1, cardsStillMissing: 0 });
    const posted = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    expect(JSON.stringify(posted.body)).toContain('"verb":"approve"');
    expect(await h.store.getCaseCard(c.id)).toMatchObject({ conversationId: CHANNEL, version: c.version });
    expect(await handleEscalation(deps, new Date(Date.now() + CARD_MISSING_AFTER_MS + 60_000))).toMatchObject({ cardsPosted: 0, cardsStillMissing: 0 });
  });

  it('the sweep looks up the cards of all waiting cases in one query, not one per case', async () => {
    for (let i = 0; i < 3; i += 1) {
      const c = await h.addCase(EMAIL_UPDATE);
      await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
      // The publisher records the card's address just after the connector answers the post.
      for (let tries = 0; !(await h.store.getCaseCard(c.id)); tries += 1) {
        if (tries > 100) throw new Error(`card of ${c.id} never recorded`);
        await new Promise((r) => setTimeout(r, 50));
      }
    }
    const waiting = await h.store.listCases({ state: 'awaiting_approval', limit: 1000 });
    expect(waiting.length).toBeGreaterThanOrEqual(3);
    // Cards are only ever added: a case with one before the sweep must not be posted again by it.
    const hadCard = new Set((await Promise.all(waiting.map(async (c) => ((await h.store.getCaseCard(c.id)) ? c.id : null)))).filter(Boolean));
    expect(hadCard.size).toBeGreaterThanOrEqual(3);
    const cardLookups: string[] = [];
    // Every store call whose name speaks of cards, counted: the sweep's own round trips for them.
    const counted = new Proxy(h.store, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof key !== 'string' || typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (/card/i.test(key)) cardLookups.push(key);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const posted: string[] = [];
    const result = await handleEscalation({
      cases: counted,
      escalateAfterMinutes: 100_000,
      lastEscalated: new Map<string, number>(),
      reannounce: async () => {},
      notifySupervisors: async () => {},
      postMissingCard: async (id: string) => void posted.push(id),
      enqueueExecution: async () => {},
    }, new Date(Date.now() + CARD_MISSING_AFTER_MS + 60_000));
    expect(cardLookups).toHaveLength(1);
    expect(posted.filter((id) => hadCard.has(id))).toEqual([]);
    expect(result.cardsPosted).toBe(posted.length);
  });

  it('branch set-up cannot be approved until the approver ticks "verified by phone"', async () => {
    const c = await h.addCase({
      mailbox: 'datamanager',
      kind: 'branch_setup',
      fields: {
        mainPractice: { odsCode: 'A81001', name: 'Riverside Surgery', mainContact: { name: 'Ann Old', email: 'ann.old@nhs.net' }, address: '1 River Road', phone: '01234 567890' },
        branch: { odsCode: 'A81001001', name: 'Riverside Branch', address: '2 River Road', phone: '01234 567891', mainContact: { name: 'Kiran Patel', email: 'k.patel@nhs.net', title: 'Dr' } },
      },
    });
    const posted = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    expect(JSON.stringify(posted.body)).toContain('"id":"phoneVerified"');
    const refused = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version, phoneVerified: 'false' });
    expect(JSON.stringify(refused.body.value)).toContain('Phone the practice');
    expect((await h.store.getCase(c.id))?.state).toBe('awaiting_approval');
    const ok = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version, phoneVerified: 'true' });
    expect(JSON.stringify(ok.body.value)).toContain('Approved');
    const branch = await h.waitForState(c.id, 'replied');
    expect(branch.state).toBe('replied');
    expect(await h.database.prisma.organisation.findUnique({ where: { odsCode: 'A81001001' } })).not.toBeNull();
  });
});
