import type { CaseState } from './case.js';

/**
 * The lifecycle of a case (docs/domain.md, "Lifecycle"): needs information ⇄ awaiting approval → approved →
 * executed → replied; rejected from review; failed from execution, then retried (approved) or handed back
 * (awaiting approval). This table is the only statement of it: the store's conditional transition takes its
 * allowed from-states from here, and callers name only where a case goes.
 */
const TRANSITIONS: Record<CaseState, readonly CaseState[]> = {
  // needs_information → itself: staff may ask again while an answer is outstanding (a new question, a new version).
  needs_information: ['awaiting_approval', 'needs_information', 'rejected'],
  awaiting_approval: ['needs_information', 'approved', 'rejected'],
  approved: ['executed', 'failed'],
  executed: ['replied', 'failed'],
  replied: [],
  rejected: [],
  failed: ['approved', 'awaiting_approval', 'rejected'],
};

/** True when a case may move from `from` to `to`. */
export function canTransition(from: CaseState, to: CaseState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The states from which a case may move to `to`: the guard of the store's conditional transition. */
export function statesLeadingTo(to: CaseState): CaseState[] {
  return (Object.keys(TRANSITIONS) as CaseState[]).filter((from) => TRANSITIONS[from].includes(to));
}

/** Where a new case starts: it waits for information while anything required is missing. */
export function initialState(missing: readonly string[]): 'needs_information' | 'awaiting_approval' {
  return missing.length > 0 ? 'needs_information' : 'awaiting_approval';
}
