import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { makeIncomingEmail, makeParsedCase } from '../store/store-fixtures.js';
import { CHANNEL, startBotHarness, USERS, type BotHarness } from './bot-harness.js';

const UNCLASSIFIED: Partial<ParsedCase> = {
  kind: 'unclassified',
  subject: 'Question about our account',
  fields: {},
  findings: [{ code: 'unclassified', severity: 'info', message: 'The email was not recognised as a request: classify it or reject it.' }],
};

const versionIn = (body: unknown, version: number) => new RegExp(`"cardVersion":"?${version}"?[,}]`).test(JSON.stringify(body));

describe.each(['sqlite', 'postgresql'] as const)('bot: reclassify, the recorded card, audited refusals (%s)', (provider) => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness(provider);
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** The connector sees the POST a moment before the publisher records it on the case. */
  async function waitForCard(caseId: string) {
    const until = Date.now() + 5000;
    for (;;) {
      const card = await h.store.getCaseCard(caseId);
      if (card) return card;
      if (Date.now() > until) throw new Error(`no card recorded for ${caseId}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  it('staff reclassify an unclassified case: new kind and version, one decision, the card replaced for everyone', async () => {
    const c = await h.addCase(UNCLASSIFIED);
    const posted = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    expect(JSON.stringify(posted.body)).toContain('"verb":"reclassify"');
    expect(await waitForCard(c.id)).toEqual({ conversationId: CHANNEL, activityId: posted.id, version: c.version });

    const res = await h.invoke(USERS.sam, 'reclassify', { caseId: c.id, cardVersion: String(c.version), newKind: 'role_removal_request' }, { replyToId: posted.id! });
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(res.body.value)).toContain('Reclassified');
    expect(versionIn(res.body.value, c.version + 1)).toBe(true);
    const now = await h.store.getCase(c.id);
    expect(now).toMatchObject({ kind: 'role_removal_request', state: 'awaiting_approval', version: c.version + 1 });
    expect((await h.store.listDecisions(c.id)).map((d) => [d.verb, d.data.kind, d.data.from])).toEqual([['reclassify', 'role_removal_request', 'unclassified']]);
    // Everyone's copy of the posted card is replaced with the new kind's card at the new version.
    const update = await h.connector.waitFor((call) => call.method === 'PUT' && call.activityId === posted.id && versionIn(call.body, c.version + 1));
    expect(JSON.stringify(update.body)).toContain('"verb":"approve"');
    // The case became ready again at the new version, yet no second card is posted: the recorded one is replaced.
    await new Promise((r) => setTimeout(r, 300));
    expect(h.connector.calls.filter((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id))).toHaveLength(1);

    // A click on a copy still showing the old kind is stale and changes nothing.
    const stale = await h.invoke(USERS.alex, 'reclassify', { caseId: c.id, cardVersion: String(c.version), newKind: 'account_unlock' });
    expect(JSON.stringify(stale.body.value)).toContain('out of date');
    expect((await h.store.getCase(c.id))?.kind).toBe('role_removal_request');
  });

  it('reclassifying into a kind that lacks fields leaves the case waiting for information, and the card says reclassified', async () => {
    const c = await h.addCase(UNCLASSIFIED);
    await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    const res = await h.invoke(USERS.alex, 'reclassify', { caseId: c.id, cardVersion: c.version, newKind: 'account_unlock' });
    expect(JSON.stringify(res.body.value)).toContain('Reclassified');
    expect(JSON.stringify(res.body.value)).not.toContain('"verb":"approve"');
    expect(await h.store.getCase(c.id)).toMatchObject({ kind: 'account_unlock', state: 'needs_information' });
  });

  it('a reclassify without a kind, or to "unclassified", is refused and changes nothing', async () => {
    const c = await h.addCase(UNCLASSIFIED);
    for (const newKind of [undefined, 'unclassified', 'no_such_kind']) {
      const res = await h.invoke(USERS.sam, 'reclassify', { caseId: c.id, cardVersion: c.version, ...(newKind ? { newKind } : {}) });
      expect(JSON.stringify(res.body.value)).toContain('Choose the kind of request');
    }
    expect(await h.store.getCase(c.id)).toMatchObject({ kind: 'unclassified', version: c.version });
  });

  it('every refusal for an authorisation reason is audited: outsider, wrong tenant, own request, missing phone tick', async () => {
    const c = await h.addCase(UNCLASSIFIED);
    const data = { caseId: c.id, cardVersion: c.version, newKind: 'account_unlock' };
    expect(JSON.stringify((await h.invoke(USERS.eve, 'reclassify', data)).body.value)).toContain('Only PCSE casework staff');
    expect(JSON.stringify((await h.invoke(USERS.sam, 'reclassify', data, { tenantId: 'other-tenant' })).body.value)).toContain('different organisation');
    expect(JSON.stringify((await h.invoke(USERS.jo, 'reclassify', data)).body.value)).toContain('from your own email address');
    expect(await h.store.getCase(c.id)).toMatchObject({ kind: 'unclassified', version: c.version });

    const branch = await h.addCase({
      mailbox: 'datamanager',
      kind: 'branch_setup',
      fields: {
        mainPractice: { odsCode: 'A81001', name: 'Riverside Surgery', mainContact: { name: 'Ann Old', email: 'ann.old@nhs.net' }, address: '1 River Road', phone: '01234 567890' },
        branch: { odsCode: 'A81001001', name: 'Riverside Branch', address: '2 River Road', phone: '01234 567891', mainContact: { name: 'Kiran Patel', email: 'k.patel@nhs.net', title: 'Dr' } },
      },
    });
    const noTick = await h.invoke(USERS.sam, 'approve', { caseId: branch.id, cardVersion: branch.version, phoneVerified: 'false' });
    expect(JSON.stringify(noTick.body.value)).toContain('Phone the practice');

    // Both cards recorded (case_card_posted appends) before the chain is read, so the walk sees a still chain.
    await Promise.all([waitForCard(c.id), waitForCard(branch.id)]);
    const all = await h.store.listAuditEvents({ limit: 100_000 });
    const refused = all.filter((e) => e.type === 'decision_refused' && e.actor !== null);
    const reasons = refused.map((e) => `${e.data.verb}:${e.data.reason}:${e.actor}`);
    expect(reasons).toEqual(
      expect.arrayContaining(['reclassify:not_staff:aad-eve', 'reclassify:wrong_tenant:aad-sam', 'reclassify:own_request:aad-jo', 'approve:phone_verification_required:aad-sam']),
    );
    expect(refused.filter((e) => e.caseId === c.id).map((e) => e.data.reason)).toEqual(['own_request']);
    expect(refused.filter((e) => e.caseId === branch.id).map((e) => e.data.reason)).toEqual(['phone_verification_required']);
    expect((await h.store.verifyAuditChain()).ok).toBe(true);
  });

  it('concurrent deliveries of one case-ready job post one card, recorded on the case; later ones replace it', async () => {
    const key = `maildir:test:${randomUUID()}`;
    // Stored but not queued: the test plays the queue, delivering the same job five times at once.
    const r = await h.store.recordEmail(makeIncomingEmail(key, key, `<${randomUUID()}@nhs.net>`), makeParsedCase({ mailbox: 'datamanager', kind: 'practice_email_update', fields: { currentEmail: 'riverside.a81001@nhs.net', newEmail: 'riverside.new@nhs.net' } }));
    if (r.outcome !== 'created') throw new Error(r.outcome);
    const c = r.case;
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => h.bot.publisher.postCaseCard(c.id)));
    const posts = () => h.connector.calls.filter((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    expect(posts()).toHaveLength(1);
    expect(results.filter((x) => x.status === 'fulfilled' && x.value === 'posted')).toHaveLength(1);
    // The losers either saw the recorded card (updated) or another delivery mid-post (retried by the queue).
    for (const x of results) {
      if (x.status === 'rejected') expect((x.reason as { code?: string }).code).toBe('post_in_progress');
    }
    const card = await h.store.getCaseCard(c.id);
    expect(card).toEqual({ conversationId: CHANNEL, activityId: posts()[0]!.id, version: c.version });
    expect(await h.bot.publisher.postCaseCard(c.id)).toBe('updated');
    expect(posts()).toHaveLength(1);
    await h.connector.waitFor((call) => call.method === 'PUT' && call.activityId === card!.activityId);
  });
});
