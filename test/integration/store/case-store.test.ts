import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../../core/adapters/migrate.js';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeIncomingEmail, makeParsedCase } from './store-fixtures.js';

const actor = { aadObjectId: 'aad-1', tenantId: 'tenant-1', name: 'Approver One' };

describe.each(['sqlite', 'postgresql'] as const)('The Prisma store ports on %s', (provider) => {
  let database: TestDatabase;
  let store: AllStorePorts;

  beforeAll(async () => {
    database = await createTestDatabase(provider, 'case_store');
    store = openAllStorePorts(database.prisma);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('migrating an up-to-date database applies nothing', async () => {
    expect(await migrateDatabase(database.url)).toEqual({ applied: [] });
  });

  it('creates a case with a PCSE reference, awaiting approval when nothing is missing', async () => {
    const result = await store.recordEmail(makeIncomingEmail('k:create:1', 'a', '<create-1@nhs.net>'), makeParsedCase());
    expect(result.outcome).toBe('created');
    if (result.outcome !== 'created') return;
    expect(result.case.ref).toMatch(/^PCSE-2026-\d{6}$/);
    expect(result.case.state).toBe('awaiting_approval');
    expect(result.case.version).toBe(1);
    expect((await store.getCaseByRef(result.case.ref.toLowerCase()))?.id).toBe(result.case.id);
  });

  it('is idempotent by sourceKey, and by Message-ID + sha256 under another sourceKey', async () => {
    const email = makeIncomingEmail('k:idem:1', 'same body', '<idem@nhs.net>');
    const first = await store.recordEmail(email, makeParsedCase());
    expect(first.outcome).toBe('created');
    const caseId = first.outcome === 'created' ? first.case.id : null;
    expect(await store.recordEmail(email, makeParsedCase())).toEqual({ outcome: 'already_stored', caseId });
    // After a UIDVALIDITY change the same message comes back under a new key.
    expect(await store.recordEmail({ ...email, sourceKey: 'k:idem:2', uidValidity: '2' }, makeParsedCase())).toEqual({ outcome: 'already_stored', caseId });
    expect(await database.prisma.email.count({ where: { messageId: '<idem@nhs.net>' } })).toBe(1);
  });

  it('stores a different email that reuses a Message-ID, with a message_id_reused finding', async () => {
    await store.recordEmail(makeIncomingEmail('k:reuse:1', 'original', '<reused@nhs.net>'), makeParsedCase());
    const second = await store.recordEmail(makeIncomingEmail('k:reuse:2', 'tampered', '<reused@nhs.net>'), makeParsedCase());
    expect(second.outcome).toBe('created');
    if (second.outcome !== 'created') return;
    expect(second.case.findings.map((f) => f.code)).toContain('message_id_reused');
  });

  it('records a batch in one transaction, each email as recordEmail would: consecutive refs, duplicates within the batch and before it, ignored mail, a reply to a case of the same batch', async () => {
    const earlier = await store.recordEmail(makeIncomingEmail('k:batch:0', 'earlier', '<batch-0@nhs.net>'), makeParsedCase());
    if (earlier.outcome !== 'created') throw new Error('expected a new case');
    const incomplete = makeParsedCase({ fields: { service: 'PL', nominee: { name: 'Kiran Patel', email: null }, approver: null }, missing: ['fields.nominee.email'] });
    const results = await store.recordEmails([
      { email: makeIncomingEmail('k:batch:1', 'one', '<batch-1@nhs.net>'), parsed: makeParsedCase() },
      { email: makeIncomingEmail('k:batch:2', 'two', '<batch-2@nhs.net>'), parsed: incomplete },
      // The same bytes and Message-ID under another key (a UIDVALIDITY change), within the batch.
      { email: makeIncomingEmail('k:batch:1b', 'one', '<batch-1@nhs.net>'), parsed: makeParsedCase() },
      { email: makeIncomingEmail('k:batch:0', 'earlier', '<batch-0@nhs.net>'), parsed: makeParsedCase() },
      { email: makeIncomingEmail('k:batch:3', 'ooo', '<batch-3@nhs.net>'), parsed: makeParsedCase({ ignored: 'auto_reply' }) },
      {
        email: makeIncomingEmail('k:batch:4', 'reply', '<batch-4@nhs.net>'),
        parsed: makeParsedCase({ kind: 'unclassified', inReplyTo: '<batch-2@nhs.net>', organisation: null, fields: { nominee: { name: null, email: 'k.patel@nhs.net' } }, evidence: { 'fields.nominee.email': 'Email: k.patel@nhs.net' } }),
      },
      { email: makeIncomingEmail('k:batch:5', 'five', '<batch-5@nhs.net>'), parsed: makeParsedCase({ attachments: [{ filename: 'form.pdf', contentType: 'application/pdf', size: 2048, sha256: 'f'.repeat(64) }, { filename: null, contentType: 'image/png', size: 10, sha256: 'e'.repeat(64) }] }) },
    ]);
    expect(results.map((r) => r.outcome)).toEqual(['created', 'created', 'already_stored', 'already_stored', 'ignored', 'attached', 'created']);
    const [one, two, dup, before, , reply, five] = results;
    if (one?.outcome !== 'created' || two?.outcome !== 'created' || five?.outcome !== 'created' || reply?.outcome !== 'attached') throw new Error('unexpected outcomes');
    expect(dup).toEqual({ outcome: 'already_stored', caseId: one.case.id });
    expect(before).toEqual({ outcome: 'already_stored', caseId: earlier.case.id });
    const number = (ref: string) => Number(ref.slice(-6));
    expect([one, two, five].map((r) => number(r.case.ref))).toEqual([1, 2, 3].map((n) => number(earlier.case.ref) + n));
    // What the batch returns is what the store holds.
    expect(await store.getCase(one.case.id)).toEqual(one.case);
    expect(reply.case.id).toBe(two.case.id);
    expect(reply.case.state).toBe('awaiting_approval');
    const emails = await database.prisma.email.findMany({ where: { sourceKey: { startsWith: 'k:batch:' } }, orderBy: { sourceKey: 'asc' } });
    expect(emails.map((e) => [e.sourceKey, e.disposition])).toEqual([
      ['k:batch:0', 'request'], ['k:batch:1', 'request'], ['k:batch:2', 'request'], ['k:batch:3', 'ignored'], ['k:batch:4', 'reply'], ['k:batch:5', 'request'],
    ]);
    const audit = await store.listAuditEvents({ caseId: one.case.id });
    expect(audit.map((e) => e.type)).toEqual(['case_created']);
    expect(audit[0]?.data).toMatchObject({ ref: one.case.ref, sourceKey: 'k:batch:1', state: 'awaiting_approval' });
    // Every column as given, whichever way the provider writes a batch: bytes, numbers, nulls and UTC instants.
    expect(Math.abs(audit[0]!.at.getTime() - Date.now())).toBeLessThan(60_000);
    const stored = emails.find((e) => e.sourceKey === 'k:batch:1')!;
    const given = makeIncomingEmail('k:batch:1', 'one', '<batch-1@nhs.net>');
    expect({ ...stored, raw: Buffer.from(stored.raw!) }).toMatchObject({ mailbox: 'portalenquiries', uidValidity: '1', uid: 1, messageId: '<batch-1@nhs.net>', sha256: given.sha256, raw: given.raw, receivedAt: given.receivedAt, caseId: one.case.id });
    expect(Math.abs(stored.storedAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(JSON.parse(stored.parsed)).toMatchObject({ kind: one.case.kind });
    const attachments = await database.prisma.attachment.findMany({ where: { email: { sourceKey: 'k:batch:5' } }, orderBy: { size: 'desc' } });
    expect(attachments.map(({ filename, contentType, size, sha256, content }) => ({ filename, contentType, size, sha256, content }))).toEqual([
      { filename: 'form.pdf', contentType: 'application/pdf', size: 2048, sha256: 'f'.repeat(64), content: null },
      { filename: null, contentType: 'image/png', size: 10, sha256: 'e'.repeat(64), content: null },
    ]);
  });

  it('rolls a failed batch back whole: nothing of it is stored', async () => {
    const broken = { ...makeIncomingEmail('k:rollback:2', 'two', '<rollback-2@nhs.net>'), receivedAt: new Date('invalid') };
    await expect(store.recordEmails([
      { email: makeIncomingEmail('k:rollback:1', 'one', '<rollback-1@nhs.net>'), parsed: makeParsedCase() },
      { email: broken, parsed: makeParsedCase() },
    ])).rejects.toThrow();
    expect(await database.prisma.email.count({ where: { sourceKey: { startsWith: 'k:rollback:' } } })).toBe(0);
  });

  it('concurrent calls for the same sourceKey store one email and one case', async () => {
    const email = makeIncomingEmail('k:race:1', 'race', '<race@nhs.net>');
    const results = await Promise.all(Array.from({ length: 8 }, () => store.recordEmail(email, makeParsedCase())));
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
    expect(await database.prisma.email.count({ where: { sourceKey: 'k:race:1' } })).toBe(1);
  });

  it('stores an ignored email without a case', async () => {
    const result = await store.recordEmail(makeIncomingEmail('k:ignored:1', 'ooo', '<ooo@nhs.net>'), makeParsedCase({ ignored: 'auto_reply' }));
    expect(result).toEqual({ outcome: 'ignored', reason: 'auto_reply' });
    const row = await database.prisma.email.findUniqueOrThrow({ where: { sourceKey: 'k:ignored:1' } });
    expect(row.caseId).toBeNull();
    expect(row.disposition).toBe('ignored');
  });

  it('attaches a reply by case ref, merges what was missing and moves the case to awaiting_approval', async () => {
    const incomplete = makeParsedCase({
      fields: { service: 'PL', nominee: { name: 'Kiran Patel', email: null }, approver: null },
      missing: ['fields.nominee.email'],
    });
    const created = await store.recordEmail(makeIncomingEmail('k:merge:1', 'first', '<merge-1@nhs.net>'), incomplete);
    if (created.outcome !== 'created') throw new Error('expected a new case');
    expect(created.case.state).toBe('needs_information');
    await store.markQueued(created.case.id);

    const reply = makeParsedCase({
      kind: 'unclassified',
      caseRef: `RE: ${created.case.ref.toLowerCase()}`,
      organisation: null,
      fields: { nominee: { name: null, email: 'k.patel@nhs.net' } },
      evidence: { 'fields.nominee.email': 'Email: k.patel@nhs.net' },
    });
    const attached = await store.recordEmail(makeIncomingEmail('k:merge:2', 'reply', '<merge-2@nhs.net>'), reply);
    expect(attached.outcome).toBe('attached');
    if (attached.outcome !== 'attached') return;
    expect(attached.case.id).toBe(created.case.id);
    expect(attached.case.state).toBe('awaiting_approval');
    expect(attached.case.version).toBe(2);
    expect(attached.case.kind).toBe('user_admin_nomination');
    expect(attached.case.parsed.fields).toMatchObject({ nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' } });
    expect(attached.case.parsed.missing).toEqual([]);
    // Ready again: back in the outbox so the worker posts the card.
    expect((await store.listUnqueuedCases()).map((c) => c.id)).toContain(created.case.id);
  });

  it('attaches a reply by In-Reply-To naming our sent reply', async () => {
    const created = await store.recordEmail(makeIncomingEmail('k:thread:1', 'req', '<thread-1@nhs.net>'), makeParsedCase());
    if (created.outcome !== 'created') throw new Error('expected a new case');
    await store.recordSentReply('reply:ack:thread', created.case.id, '<ack-thread@pcse.example>', { template: 'acknowledgement', recipients: 1 });
    await store.recordSentReply('reply:ack:thread', created.case.id, '<second-run@pcse.example>', { template: 'acknowledgement', recipients: 1 });
    expect(await store.findSentReply('reply:ack:thread')).toBe('<ack-thread@pcse.example>');
    const reply = makeParsedCase({ kind: 'unclassified', inReplyTo: '<ack-thread@pcse.example>', fields: {} });
    const attached = await store.recordEmail(makeIncomingEmail('k:thread:2', 'thanks', '<thread-2@nhs.net>'), reply);
    expect(attached.outcome).toBe('attached');
    if (attached.outcome === 'attached') expect(attached.case.id).toBe(created.case.id);
  });

  it('lets exactly one of 20 concurrent transitions win, and refuses a stale version', async () => {
    const created = await store.recordEmail(makeIncomingEmail('k:transition:1', 't', '<transition@nhs.net>'), makeParsedCase());
    if (created.outcome !== 'created') throw new Error('expected a new case');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.transition(created.case.id, { to: 'approved', expectedVersion: 1, actor: { ...actor, aadObjectId: `aad-${i}` } })),
    );
    const winners = results.filter((r) => r !== null);
    expect(winners).toHaveLength(1);
    expect(winners[0]?.state).toBe('approved');
    expect(winners[0]?.version).toBe(2);
    expect(await store.transition(created.case.id, { to: 'executed', expectedVersion: 1 })).toBeNull();
    expect((await store.transition(created.case.id, { to: 'executed', expectedVersion: 2 }))?.state).toBe('executed');
  });

  it('records one decision per case, actor and verb', async () => {
    const created = await store.recordEmail(makeIncomingEmail('k:decision:1', 'd', '<decision@nhs.net>'), makeParsedCase());
    if (created.outcome !== 'created') throw new Error('expected a new case');
    const input = { caseId: created.case.id, verb: 'approve', actor, cardVersion: 1, reason: null, data: { note: 'ok' } };
    const [a, b] = await Promise.all([store.recordDecision(input), store.recordDecision(input)]);
    expect([a.recorded, b.recorded].sort()).toEqual([false, true]);
    expect(a.decision.id).toBe(b.decision.id);
    expect(await store.listDecisions(created.case.id)).toHaveLength(1);
  });

  it('keeps an outbox: unqueued cases are listed until marked, and marked once', async () => {
    const created = await store.recordEmail(makeIncomingEmail('k:outbox:1', 'o', '<outbox@nhs.net>'), makeParsedCase());
    if (created.outcome !== 'created') throw new Error('expected a new case');
    expect((await store.listUnqueuedCases()).map((c) => c.id)).toContain(created.case.id);
    expect(await Promise.all([store.markQueued(created.case.id), store.markQueued(created.case.id)])).toEqual(expect.arrayContaining([true, false]));
    expect((await store.listUnqueuedCases()).map((c) => c.id)).not.toContain(created.case.id);
  });

  it('keeps dead letters, cursors and conversation references', async () => {
    const first = await store.addDeadLetter({ sourceKey: 'k:dead:1', mailbox: 'datamanager', reason: 'mime_unreadable', raw: Buffer.from('x') });
    const again = await store.addDeadLetter({ sourceKey: 'k:dead:1', mailbox: 'datamanager', reason: 'mime_unreadable', raw: null });
    expect(again.id).toBe(first.id);
    expect(again.attempts).toBe(2);
    expect((await store.getDeadLetter(first.id))?.raw?.toString()).toBe('x');
    expect(await store.resolveDeadLetter(first.id)).toBe(true);
    expect(await store.resolveDeadLetter(first.id)).toBe(false);
    expect(await store.listDeadLetters({ unresolvedOnly: true })).toEqual([]);

    expect(await store.getMailboxCursor('openexeter')).toBeNull();
    await store.setMailboxCursor('openexeter', { uidValidity: '7', lastUid: 41 });
    await store.setMailboxCursor('openexeter', { uidValidity: '7', lastUid: 42 });
    expect(await store.getMailboxCursor('openexeter')).toEqual({ uidValidity: '7', lastUid: 42 });

    await store.saveConversationReference({ id: 'conv-1', kind: 'channel', reference: { conversation: { id: 'conv-1' } } });
    await store.saveConversationReference({ id: 'conv-1', kind: 'channel', reference: { conversation: { id: 'conv-1' }, v: 2 } });
    expect(await store.listConversationReferences('channel')).toEqual([{ id: 'conv-1', kind: 'channel', reference: { conversation: { id: 'conv-1' }, v: 2 } }]);
  });

  it('counts cases for supervisors and purges raw emails past retention', async () => {
    const byState = await store.countCasesByState();
    expect(byState.awaiting_approval).toBeGreaterThan(0);
    expect((await store.countCasesByMailbox()).portalenquiries).toBeGreaterThan(0);
    expect((await store.findOldestWaitingCase())?.state).toMatch(/needs_information|awaiting_approval/);
    const { purged } = await store.purgeRawEmailsOlderThan(new Date(Date.now() + 60_000));
    expect(purged).toBeGreaterThan(0);
    expect(await database.prisma.email.count({ where: { raw: { not: null } } })).toBe(0);
    expect((await store.listCases({})).length).toBeGreaterThan(0);
  });

  it('chains the audit trail, takes concurrent appends, and detects tampering', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.appendAudit({ caseId: null, type: 'test_event', actor: `a${i}`, data: { i, nested: { b: 1, a: 2 } } })));
    const verified = await store.verifyAuditChain();
    expect(verified.ok).toBe(true);
    const events = await store.listAuditEvents({ limit: 10_000 });
    // Written order, every event chained by the seal verify ran first.
    expect(events.map((e) => e.seq)).toEqual(events.map((e) => e.seq).sort((a, b) => a - b));
    expect(verified).toEqual({ ok: true, count: events.length, unsealed: 0 });
    expect(events.filter((e) => e.hash === null)).toEqual([]);
    const victim = events[Math.floor(events.length / 2)]!;
    await database.prisma.auditEvent.update({ where: { seq: victim.seq }, data: { data: JSON.stringify({ i: 999 }) } });
    expect(await store.verifyAuditChain()).toEqual({ ok: false, brokenAt: victim.seq });
  });
});
