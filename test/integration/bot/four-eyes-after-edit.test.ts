import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { cardText, startBotHarness, USERS, type BotHarness } from './bot-harness.js';

/** A standard-risk case (one approver) whose new address the extractor read with a typo. */
const EMAIL_UPDATE: Partial<ParsedCase> = {
  mailbox: 'datamanager',
  kind: 'practice_email_update',
  subject: 'Change of practice email',
  fields: { currentEmail: 'riverside.a81001@nhs.net', newEmail: 'riverside.surgery@nhs.nte' },
  findings: [],
};

/** A high-risk case (two approvers). */
const MAIN_CONTACT: Partial<ParsedCase> = {
  kind: 'main_contact_change',
  subject: 'New main contact',
  fields: { newMainContact: { name: 'Lucy Webb', email: 'lucy.webb@nhs.nte' } },
  findings: [],
};

const ONE_APPROVER_REFUSAL = 'You edited this case; another member of staff must approve it.';

describe('four-eyes after an edit: nobody approves their own correction alone (issue 10)', () => {
  let h: BotHarness;
  beforeAll(async () => {
    h = await startBotHarness('sqlite');
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('standard kind: the editor\'s approval is refused with the reason; another member of staff approves', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    const posted = await h.connector.waitFor((call) => call.method === 'POST' && JSON.stringify(call.body).includes(c.id));
    const edited = await h.invoke(USERS.sam, 'edit', { caseId: c.id, cardVersion: c.version, 'edit:fields.newEmail': 'riverside.surgery@nhs.net' }, { replyToId: posted.id });
    expect(cardText(edited.body.value)).toContain('You edited this case, so another member of staff must approve it.');

    const own = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version + 1 }, { replyToId: posted.id });
    expect(cardText(own.body.value)).toContain(ONE_APPROVER_REFUSAL);
    const still = await h.store.getCase(c.id);
    expect(still).toMatchObject({ state: 'awaiting_approval', version: c.version + 1 });
    expect((await h.store.listDecisions(c.id)).filter((d) => d.verb === 'approve')).toEqual([]);

    await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: c.version + 1 }, { replyToId: posted.id });
    await h.waitForState(c.id, 'replied', 15_000);
    const approved = (await h.store.listAuditEvents({ caseId: c.id })).find((e) => e.type === 'case_approved');
    expect(approved?.data.approvers).toEqual([USERS.alex.aadObjectId]);
  });

  it('a value corrected again by someone else is no longer the first editor\'s: the first editor may then approve', async () => {
    const c = await h.addCase(EMAIL_UPDATE);
    await h.invoke(USERS.sam, 'edit', { caseId: c.id, cardVersion: c.version, 'edit:fields.newEmail': 'riverside.surgery@nhs.uk' });
    await h.invoke(USERS.alex, 'edit', { caseId: c.id, cardVersion: c.version + 1, 'edit:fields.newEmail': 'riverside.surgery@nhs.net' });
    const alexOwn = await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: c.version + 2 });
    expect(cardText(alexOwn.body.value)).toContain(ONE_APPROVER_REFUSAL);
    await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: c.version + 2 });
    expect((await h.store.getCase(c.id))?.state).not.toBe('awaiting_approval');
  });

  it('high-risk kind: an editor may be one of the two approvers, never both; two editors cannot approve together', async () => {
    const c = await h.addCase({ ...MAIN_CONTACT, fields: { newMainContact: { name: 'Lucy Webb', email: 'lucy.webb@nhs.nte' } } });
    await h.invoke(USERS.sam, 'edit', { caseId: c.id, cardVersion: c.version, 'edit:fields.newMainContact.email': 'lucy.webb@nhs.net' });
    await h.invoke(USERS.alex, 'edit', { caseId: c.id, cardVersion: c.version + 1, 'edit:fields.newMainContact.name': 'Lucy Webber' });
    const version = c.version + 2;
    const samFirst = await h.invoke(USERS.sam, 'approve', { caseId: c.id, cardVersion: version });
    expect(cardText(samFirst.body.value)).toContain('second, different approver');
    // Alex edited another value: the two editors together would be nobody checking anybody.
    const alexSecond = await h.invoke(USERS.alex, 'approve', { caseId: c.id, cardVersion: version });
    expect(cardText(alexSecond.body.value)).toContain(ONE_APPROVER_REFUSAL);
    expect((await h.store.getCase(c.id))?.state).toBe('awaiting_approval');
    await h.invoke(USERS.sue, 'approve', { caseId: c.id, cardVersion: version });
    expect((await h.store.getCase(c.id))?.state).not.toBe('awaiting_approval');
    const approved = (await h.store.listAuditEvents({ caseId: c.id })).find((e) => e.type === 'case_approved');
    expect(approved?.data.approvers).toEqual([USERS.sam.aadObjectId, USERS.sue.aadObjectId]);
  });
});
