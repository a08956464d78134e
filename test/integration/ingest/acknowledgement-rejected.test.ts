import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from '../../../core/adapters/smtp-mailer.js';
import { relayPass } from '../../../ingest/acknowledge-case.js';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { startSmtpSink, type SmtpSink } from '../../support/smtp-sink.js';
import { makeIncomingEmail, makeParsedCase } from '../store/store-fixtures.js';

/**
 * An acknowledgement the SMTP server refuses for good (5xx: a recipient address it rejects) must not stay due: released,
 * every later relay pass sent it again and failed again, and such acknowledgements piled up, so each new message
 * waited on all of them (found by the robustness run: ~115 ms per refused send, retried on every pass).
 */
describe('an acknowledgement the SMTP server refuses for good (SQLite, SMTP)', () => {
  let db: TestDatabase;
  let store: AllStorePorts;
  let sink: SmtpSink;
  let mailer: ReturnType<typeof createSmtpMailer>;

  beforeAll(async () => {
    db = await createTestDatabase('sqlite', 'ack_rejected');
    store = openAllStorePorts(db.prisma);
    sink = await startSmtpSink();
    mailer = createSmtpMailer({ smtpUrl: `smtp://127.0.0.1:${sink.port}`, from: 'portalenquiries@nhs.net' });
  });
  afterAll(async () => {
    mailer?.close();
    await sink?.stop();
    await db?.drop();
  });

  it('is settled as not sent (audited), and the next pass does not try it again', async () => {
    const rejected = await store.recordEmail(makeIncomingEmail('k:ack:bad', 'bad', '<ack-bad@nhs.net>'), makeParsedCase({ from: { name: 'X', email: `${'x'.repeat(300)}@nhs.net` } }));
    expect(rejected.outcome).toBe('created');
    const deps = { store, mailer, ackLimiter: null, logger: pino({ level: 'silent' }) };

    const first = await relayPass(deps, 'portalenquiries');
    expect(first.sent).toEqual([]);
    expect(await store.listDueAcknowledgements('portalenquiries', 50)).toEqual([]);
    const caseId = rejected.outcome === 'created' ? rejected.case.id : '';
    const skipped = await db.prisma.auditEvent.findMany({ where: { caseId, type: 'acknowledgement_skipped' } });
    expect(skipped.map((e) => JSON.parse(e.data) as { reason: string })).toEqual([{ reason: 'recipient_rejected' }]);

    // A good acknowledgement after it goes at once, alone.
    const good = await store.recordEmail(makeIncomingEmail('k:ack:good', 'good', '<ack-good@nhs.net>'), makeParsedCase());
    const second = await relayPass(deps, 'portalenquiries');
    expect(second.sent).toEqual([good.outcome === 'created' ? good.case.id : 'none']);
    expect(sink.messages).toHaveLength(1);
  });
});
