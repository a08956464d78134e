import type { StoredCase } from '../../core/ports.js';
import { formatTime } from './case-card.js';
import template from './decided-card.json' with { type: 'json' };
import { escapeCardText } from './escape-card-text.js';
import { expandCardTemplate, type AdaptiveCardJson } from './expand-card-template.js';
import { KIND_LABELS, MAILBOX_LABELS, STATE_LABELS } from './labels.js';

export interface DecidedCardInput {
  case: StoredCase;
  /** What staff decided: shown as the headline. */
  outcome: 'approved' | 'rejected' | 'request_info' | 'reclassified';
  deciders: { name: string | null; at: Date }[];
  /** The rejection reason, the information asked for, or the new kind. */
  detail: string | null;
  /** Why execution failed, for supervisors; null when it did not. */
  failure: string | null;
  refreshUserIds?: string[];
}

const OUTCOME_TEXT: Record<DecidedCardInput['outcome'], string> = {
  approved: 'Approved',
  rejected: 'Rejected',
  request_info: 'Information requested from the practice',
  reclassified: 'Reclassified',
};

/**
 * Renders the card that replaces a case card once a decision is made: who decided, when, the outcome
 * and how execution went. It has no decision buttons, so a late click on an old copy has nothing to press;
 * its `refresh` keeps approvers' copies current while the worker moves the case on.
 */
export function renderDecidedCard(input: DecidedCardInput): AdaptiveCardJson {
  const c = input.case;
  const failed = c.state === 'failed';
  const facts = [
    { title: 'Decided by', value: input.deciders.map((d) => escapeCardText(d.name, 80) || 'a staff member').join(', ') || '(unknown)' },
    { title: 'When', value: input.deciders.map((d) => formatTime(d.at)).join(', ') || '(unknown)' },
    { title: 'Progress', value: STATE_LABELS[c.state] },
  ];
  if (input.detail) facts.push({ title: input.outcome === 'reclassified' ? 'Now' : 'Reason', value: escapeCardText(input.detail, 400) });
  return expandCardTemplate(template, {
    caseId: c.id,
    cardVersion: c.version,
    refreshUserIds: input.refreshUserIds ?? [],
    containerStyle: failed ? 'attention' : input.outcome === 'approved' ? 'good' : 'emphasis',
    title: `${KIND_LABELS[c.kind]} · ${escapeCardText(c.ref, 40)}`,
    subtitle: `${MAILBOX_LABELS[c.mailbox]} · from ${escapeCardText(c.parsed.from.email, 120) || '(unknown sender)'}`,
    outcome: failed ? `${OUTCOME_TEXT[input.outcome]}: execution FAILED` : OUTCOME_TEXT[input.outcome],
    outcomeColor: failed || input.outcome === 'rejected' ? 'Attention' : 'Good',
    facts,
    failure: failed ? escapeCardText(input.failure ?? 'unknown failure (see the audit log)', 600) : '',
  });
}
