import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText, startBotHarness, USERS, type BotHarness } from './bot-harness.js';

/** A practice email update whose sender failed authentication: an error finding the approver must override. */
const SPOOFED_UPDATE = {
  mailbox: 'datamanager' as const,
  kind: 'practice_email_update' as const,
  subject: 'Change of practice email',
  fields: { currentEmail: 'riverside.a81001@nhs.net', newEmail: 'riverside.surgery@nhs.net' },
  authentication: { verdict: 'fail' as const, source: 'topmost Authentication-Results', details: 'dmarc=fail' },
  findings: [{ code: 'sender_unauthenticated', severity: 'error' as const, message: 'The sender could not be trusted: dmarc=fail.' }],
};

describe('approving over an error finding takes an explicit, audited override (issue 10)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness('sqlite');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('offers the override reason input on the card of a case with an error finding', async () => {
    const c = await h.addCase(SPOOFED_UPDATE);
    const posted = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    const card = JSON.stringify(posted.body);
    expect(card).toContain('"id":"overrideReason"');
    expect(card).toContain('"title":"Approve…"');
  });

  it('refuses approval without a reason, accepts it with one, and keeps the reason in the audit trail and on the decided card', async () => {
    const c = await h.addCase(SPOOFED_UPDATE);
    const posted = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    for (const overrideReason of [undefined, '', '   ']) {
      const refused = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version, ...(overrideReason === undefined ? {} : { overrideReason }) }, { replyToId: posted.id });
      expect(cardText(refused.body.value)).toContain('give your reason for overriding');
      expect((await h.store.getCase(c.id))?.state).toBe('awaiting_approval');
    }
    const reason = 'Phoned the practice manager on the number in the directory; she confirmed the change.';
    const res = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version, overrideReason: reason }, { replyToId: posted.id });
    expect(cardText(res.body.value)).toContain('Approved over error findings');
    expect(cardText(res.body.value)).toContain(reason);
    await h.waitForState(c.id, 'replied');
    const audit = await h.store.listAuditEvents({ caseId: c.id });
    const approved = audit.find((e) => e.type === 'case_approved');
    expect(approved?.data.overrides).toEqual([{ by: USERS.sam.aadObjectId, reason, findings: ['sender_unauthenticated'] }]);
  });

  it('still needs two different approvers, each with a reason, for a high-risk kind', async () => {
    const c = await h.addCase({
      ...SPOOFED_UPDATE,
      mailbox: 'portalenquiries',
      kind: 'main_contact_change',
      subject: 'New main contact',
      fields: { newMainContact: { name: 'Lucy Webb', email: 'lucy.webb@nhs.net' } },
    });
    const first = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version, overrideReason: 'Verified by phone.' });
    expect(cardText(first.body.value)).toContain('second, different approver');
    const noReason = await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: c.version });
    expect(cardText(noReason.body.value)).toContain('give your reason for overriding');
    expect((await h.store.getCase(c.id))?.state).toBe('awaiting_approval');
    await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: c.version, overrideReason: 'Agree: verified.' });
    const moved = await h.store.getCase(c.id);
    expect(moved?.state).not.toBe('awaiting_approval');
    const approved = (await h.store.listAuditEvents({ caseId: c.id })).find((e) => e.type === 'case_approved');
    expect((approved?.data.overrides as { reason: string }[]).map((o) => o.reason).sort()).toEqual(['Agree: verified.', 'Verified by phone.']);
  });
});
