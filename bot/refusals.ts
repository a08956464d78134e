import { describeRefusal as describeDomainRefusal, REFUSAL_REASONS, type RefusalReason } from '../core/domain/decisions.js';

/**
 * Why a click or a command did not do what was asked: the domain's refusals (core/domain/decisions.ts)
 * plus the ones only the bot can see (a stale card, bad card data, a case that does not exist).
 */
export type Refusal = RefusalReason | 'stale_card' | 'case_not_found' | 'bad_card_data' | 'not_supervisor';

/** The sentence staff see; exhaustive, so a new reason cannot go unexplained. */
export function describeRefusal(reason: Refusal): string {
  if ((REFUSAL_REASONS as readonly string[]).includes(reason)) return describeDomainRefusal(reason as RefusalReason);
  switch (reason as Exclude<Refusal, RefusalReason>) {
    case 'stale_card':
      return 'This card was out of date; it now shows the case as it is. Check it and try again.';
    case 'case_not_found':
      return 'That case does not exist.';
    case 'bad_card_data':
      return 'The card sent incomplete data. Ask for the case again with "case <reference>".';
    case 'not_supervisor':
      return 'Only supervisors can see the casework status.';
  }
}
