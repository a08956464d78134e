import type { CaseKind } from '../core/domain/case.js';
import type { Actor, AuditTrail, CaseStore, ConversationStore, DecisionLog, StoredCase } from '../core/ports.js';

/**
 * What the bot needs from the store: the case store's reads and its conditional transition, the decision
 * log, conversation references and the audit trail (where a posted card's activity id is recorded).
 * Exactly-once decisions rest on two store guarantees: one decision row per (case, approver, verb), and
 * CaseStore.transition's conditional update. PrismaCaseStore implements all of it.
 */
export type BotStore = Pick<CaseStore, 'getCase' | 'getCaseByRef' | 'listCases' | 'transition' | 'appendAudit'> &
  DecisionLog &
  ConversationStore &
  Pick<AuditTrail, 'listAuditEvents'> & {
    /** Changes a waiting case's kind at `expectedVersion` (null when stale). Optional until the store offers it. */
    reclassifyCase?(id: string, kind: CaseKind, expectedVersion: number, actor: Actor): Promise<StoredCase | null>;
  };

export type { DecisionInput, StoredDecision } from '../core/ports.js';
