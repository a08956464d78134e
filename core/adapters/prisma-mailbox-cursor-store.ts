import type { Mailbox } from '../domain/case.js';
import type { MailboxCursorStore } from '../ports.js';
import type { Database } from './database.js';
import { withStoreErrors } from './prisma-errors.js';

/** MailboxCursorStore on Prisma: one row per mailbox. */
export function createPrismaMailboxCursorStore(db: Database): MailboxCursorStore {
  return withStoreErrors({
    async getMailboxCursor(mailbox: Mailbox): Promise<{ uidValidity: string; lastUid: number } | null> {
      const row = await db.mailboxCursor.findUnique({ where: { mailbox } });
      return row ? { uidValidity: row.uidValidity, lastUid: row.lastUid } : null;
    },

    async setMailboxCursor(mailbox: Mailbox, cursor: { uidValidity: string; lastUid: number }): Promise<void> {
      await db.mailboxCursor.upsert({ where: { mailbox }, create: { mailbox, ...cursor }, update: cursor });
    },
  });
}
