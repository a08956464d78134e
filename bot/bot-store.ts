import type { AuditTrail, CaseCardStore, CaseEditor, CaseReclassifier, CorrectionStatistics, CaseStatistics, CaseStore, ConversationStore, DecisionLog, StorePorts } from '../core/ports.js';

/**
 * What the bot needs from the store: the case store's reads, its conditional transition and reclassification,
 * the decision log, conversation references, where each case's card was posted, and the audit trail.
 * Exactly-once decisions rest on two store guarantees: one decision row per (case, approver, verb), and the
 * conditional updates of CaseStore.transition and CaseReclassifier.reclassifyCase. botStoreFrom gathers them from the stores.
 */
export type BotStore = Pick<CaseStore, 'getCase' | 'getCaseByRef' | 'listCases' | 'transition' | 'appendAudit'> &
  CaseReclassifier &
  CaseEditor &
  CorrectionStatistics &
  Pick<CaseStatistics, 'countCasesByState' | 'countCasesByMailbox' | 'findOldestWaitingCase'> &
  CaseCardStore &
  DecisionLog &
  ConversationStore &
  Pick<AuditTrail, 'listAuditEvents'>;

export type { DecisionInput, StoredDecision } from '../core/ports.js';

/** The bot's view of the stores: the ports it uses, as one object. */
export function botStoreFrom(stores: StorePorts): BotStore {
  return {
    ...stores.cases,
    ...stores.reclassifier,
    ...stores.editor,
    ...stores.correctionStatistics,
    ...stores.statistics,
    ...stores.cards,
    ...stores.decisions,
    ...stores.conversations,
    ...stores.audit,
  };
}
