import { pino } from 'pino';
import { createBullmqCaseQueue } from '../../core/adapters/bullmq-case-queue.js';
import { DEFAULT_DATABASE_URL, openDatabase } from '../../core/adapters/database.js';
import { createPrismaDeadLetterStore } from '../../core/adapters/prisma-dead-letter-store.js';
import { createPrismaStores } from '../../core/adapters/prisma-stores.js';
import { MailboxSchema } from '../../core/domain/case.js';
import { createMessageProcessor, ingestStoreFrom } from '../../ingest/process-message.js';

/** `pcse dead-letters list`: one line per unresolved dead letter (id, mailbox, reason, attempts): no personal data. */
export async function runDeadLettersList(databaseUrl: string | undefined, opts: { all?: boolean; json?: boolean }): Promise<number> {
  const db = await openDatabase(databaseUrl || DEFAULT_DATABASE_URL);
  try {
    const letters = await createPrismaDeadLetterStore(db).listDeadLetters({ unresolvedOnly: !opts.all, limit: 500 });
    for (const l of letters) {
      const row = { id: l.id, mailbox: l.mailbox, sourceKey: l.sourceKey, reason: l.reason, attempts: l.attempts, createdAt: l.createdAt.toISOString(), resolvedAt: l.resolvedAt?.toISOString() ?? null, hasRaw: l.raw !== null };
      console.log(opts.json ? JSON.stringify(row) : `${row.id}\t${row.mailbox}\t${row.reason}\t${row.attempts}\t${row.createdAt}${row.resolvedAt ? '\tresolved' : ''}`);
    }
    if (!opts.json && letters.length === 0) console.error('no dead letters');
    return 0;
  } finally {
    await db.$disconnect();
  }
}

/**
 * `pcse dead-letters replay <id>`: runs the stored raw email through the ingest path again (no
 * acknowledgement is sent) and marks the dead letter resolved when it now stores. Exit 1 if it fails again.
 */
export async function runDeadLettersReplay(databaseUrl: string | undefined, redisUrl: string | undefined, id: string, opts: { prefix?: string }): Promise<number> {
  const db = await openDatabase(databaseUrl || DEFAULT_DATABASE_URL);
  const queue = createBullmqCaseQueue({ redisUrl: redisUrl || 'redis://127.0.0.1:6379', prefix: opts.prefix ?? 'pcse' });
  try {
    const stores = createPrismaStores(db);
    const { deadLetters } = stores;
    const store = ingestStoreFrom(stores);
    const letter = await deadLetters.getDeadLetter(id);
    if (!letter) {
      console.error(`no dead letter ${id}`);
      return 1;
    }
    if (!letter.raw) {
      console.error(`dead letter ${id} has no stored email (reason: ${letter.reason}); fetch it from the mailbox by hand`);
      return 1;
    }
    const processor = createMessageProcessor({ store, queue, mailer: null, ackLimiter: null, logger: pino({ level: 'warn' }), trustedAuthServId: null, maxAttempts: 1 });
    const outcome = await processor.process({
      mailbox: MailboxSchema.parse(letter.mailbox),
      sourceKey: letter.sourceKey,
      uidValidity: null,
      uid: null,
      raw: letter.raw,
      size: letter.raw.length,
      receivedAt: letter.createdAt,
    });
    if (outcome.outcome === 'dead_letter') {
      console.error(`replay failed again: ${outcome.reason}`);
      return 1;
    }
    await deadLetters.resolveDeadLetter(id);
    console.log(JSON.stringify(outcome));
    return 0;
  } finally {
    await queue.close();
    await db.$disconnect();
  }
}
