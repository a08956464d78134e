import type { StorePorts } from '../ports.js';
import type { Database } from './database.js';
import { createPrismaAcknowledgementOutbox } from './prisma-acknowledgement-outbox.js';
import { createPrismaAuditTrail } from './prisma-audit-log.js';
import { createPrismaCaseCardStore } from './prisma-case-card-store.js';
import { createPrismaCaseEditor, createPrismaCorrectionExport, createPrismaCorrectionStatistics } from './prisma-case-corrections.js';
import { createPrismaCaseOutbox } from './prisma-case-outbox.js';
import { createPrismaCaseStatistics } from './prisma-case-statistics.js';
import { createPrismaCaseStore } from './prisma-case-store.js';
import { createPrismaConversationStore } from './prisma-conversation-store.js';
import { createPrismaDeadLetterStore } from './prisma-dead-letter-store.js';
import { createPrismaDecisionLog } from './prisma-decision-log.js';
import { createPrismaDirectoryReader, createPrismaDirectoryWriter } from './prisma-directory.js';
import { createPrismaEmailRetention } from './prisma-email-retention.js';
import { createPrismaExecutionLog } from './prisma-execution-log.js';
import { createPrismaMailboxCursorStore } from './prisma-mailbox-cursor-store.js';
import { createPrismaReplyLog } from './prisma-reply-log.js';
import { createPrismaCaseReclassifier } from './prisma-reclassify-case.js';

/**
 * Every store port on one Prisma client (SQLite or PostgreSQL alike), one thin adapter per port. Each adapter
 * reports an outage as StoreUnavailableError. The processes build this once and hand each part only the ports it uses.
 */
export function createPrismaStores(db: Database): StorePorts {
  return {
    cases: createPrismaCaseStore(db),
    reclassifier: createPrismaCaseReclassifier(db),
    editor: createPrismaCaseEditor(db),
    correctionStatistics: createPrismaCorrectionStatistics(db),
    correctionExport: createPrismaCorrectionExport(db),
    cards: createPrismaCaseCardStore(db),
    acknowledgements: createPrismaAcknowledgementOutbox(db),
    caseOutbox: createPrismaCaseOutbox(db),
    replies: createPrismaReplyLog(db),
    execution: createPrismaExecutionLog(db),
    decisions: createPrismaDecisionLog(db),
    deadLetters: createPrismaDeadLetterStore(db),
    cursors: createPrismaMailboxCursorStore(db),
    conversations: createPrismaConversationStore(db),
    audit: createPrismaAuditTrail(db),
    statistics: createPrismaCaseStatistics(db),
    retention: createPrismaEmailRetention(db),
    directory: createPrismaDirectoryReader(db),
    directoryWriter: createPrismaDirectoryWriter(db),
  };
}
