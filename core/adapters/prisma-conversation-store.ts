import type { ConversationStore } from '../ports.js';
import type { Database } from './database.js';
import { withStoreErrors } from './prisma-errors.js';

/** ConversationStore on Prisma: each reference is kept as JSON text under its conversation id. */
export function createPrismaConversationStore(db: Database): ConversationStore {
  return withStoreErrors({
    async saveConversationReference(reference: { id: string; kind: 'channel' | 'personal'; reference: Record<string, unknown> }): Promise<void> {
      const json = JSON.stringify(reference.reference);
      await db.conversationReference.upsert({
        where: { id: reference.id },
        create: { id: reference.id, kind: reference.kind, json },
        update: { kind: reference.kind, json },
      });
    },

    async listConversationReferences(kind?: 'channel' | 'personal') {
      const rows = await db.conversationReference.findMany({ where: kind ? { kind } : {}, orderBy: { id: 'asc' } });
      return rows.map((r) => ({ id: r.id, kind: r.kind as 'channel' | 'personal', reference: JSON.parse(r.json) as Record<string, unknown> }));
    },
  });
}
