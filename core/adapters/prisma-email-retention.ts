import type { EmailRetention } from '../ports.js';
import type { Database } from './database.js';
import { appendAuditEvent } from './prisma-audit-log.js';
import { withStoreErrors } from './prisma-errors.js';
import { runTransaction } from './prisma-transaction.js';

/** EmailRetention on Prisma: the raw email and attachment bytes are cleared; the rows and the case's parse stay. */
export function createPrismaEmailRetention(db: Database): EmailRetention {
  return withStoreErrors({
    async purgeRawEmailsOlderThan(cutoff: Date): Promise<{ purged: number }> {
      const emails = await db.email.updateMany({ where: { storedAt: { lt: cutoff }, raw: { not: null } }, data: { raw: null } });
      await db.attachment.updateMany({ where: { email: { storedAt: { lt: cutoff } }, content: { not: null } }, data: { content: null } });
      if (emails.count > 0) {
        await runTransaction(db, (tx) => appendAuditEvent(tx, { caseId: null, type: 'raw_emails_purged', actor: null, data: { count: emails.count, cutoff: cutoff.toISOString() } }));
      }
      return { purged: emails.count };
    },
  });
}
