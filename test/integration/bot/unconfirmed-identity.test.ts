import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHarness, USERS, type BotHarness } from './bot-harness.js';

const EMAIL_UPDATE = {
  mailbox: 'datamanager' as const,
  kind: 'practice_email_update' as const,
  subject: 'Change of practice email',
  fields: { currentEmail: 'riverside.a81001@nhs.net', newEmail: 'riverside.surgery@nhs.net' },
};

/**
 * The own-request check needs the approver's email from the Teams roster. When Teams cannot answer, the bot
 * must not fall back to "no email" (that would let the requester approve their own request): approving and
 * editing are refused until the look-up succeeds; rejecting and asking stay possible (docs/decisions/0010).
 */
describe('an approver whose email Teams cannot confirm', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness('sqlite');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('a roster error refuses approve and edit (audited, no email in the audit), allows reject and request_info, and is not cached', async () => {
    const own = await h.addCase(EMAIL_UPDATE);
    h.connector.failRoster('error');
    // Jo sent this request: with the roster down, her approval must not go through unchecked.
    const approve = await h.invoke(USERS.jo, 'approve', { caseId: own.id, cardVersion: own.version });
    expect(JSON.stringify(approve.body.value)).toContain('Teams could not confirm your email address');
    const edit = await h.invoke(USERS.jo, 'edit', { caseId: own.id, cardVersion: own.version, 'edit:fields.newEmail': 'jo.private@nhs.net' });
    expect(JSON.stringify(edit.body.value)).toContain('Teams could not confirm your email address');
    expect((await h.store.getCase(own.id))?.state).toBe('awaiting_approval');
    expect(await h.store.listDecisions(own.id)).toEqual([]);
    const audit = await h.store.listAuditEvents({ caseId: own.id });
    const refused = audit.filter((e) => e.type === 'decision_refused');
    expect(refused.map((e) => [e.actor, e.data.verb, e.data.reason])).toEqual([['aad-jo', 'approve', 'identity_unconfirmed'], ['aad-jo', 'edit', 'identity_unconfirmed']]);
    expect(JSON.stringify(audit)).not.toContain('jo.bloggs');
    expect(audit.some((e) => e.type === 'case_edited')).toBe(false);

    const other = await h.addCase(EMAIL_UPDATE);
    const ask = await h.invoke(USERS.sam, 'request_info', { caseId: other.id, cardVersion: other.version, infoFields: 'other', infoMessage: 'Is this a shared mailbox?' });
    expect(JSON.stringify(ask.body.value)).toContain('Information requested');
    const third = await h.addCase(EMAIL_UPDATE);
    const reject = await h.invoke(USERS.sam, 'reject', { caseId: third.id, cardVersion: third.version, rejectReason: 'other', rejectText: 'Not a practice address.' });
    expect(JSON.stringify(reject.body.value)).toContain('Rejected');

    // Teams answers again: the failure was not cached, so Jo is now recognised as the requester.
    h.connector.failRoster(null);
    const again = await h.invoke(USERS.jo, 'approve', { caseId: own.id, cardVersion: own.version });
    expect(JSON.stringify(again.body.value)).toContain('from your own email address');
  });

  it('a roster look-up that hangs past the limit refuses the approval; a later successful look-up lets the same approver approve', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    h.connector.failRoster('hang');
    const hung = await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: c.version });
    expect(JSON.stringify(hung.body.value)).toContain('Teams could not confirm your email address');
    expect(await h.store.listDecisions(c.id)).toEqual([]);
    h.connector.failRoster(null);
    const ok = await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: c.version });
    expect(JSON.stringify(ok.body.value)).toContain('Approved');
    await h.waitForState(c.id, 'replied');
  });
});
