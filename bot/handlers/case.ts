import { CASE_REF_PATTERN } from '../../core/domain/case.js';
import type { BotDeps, Invoker } from '../deps.js';
import { describeRefusal } from '../refusals.js';
import { renderCurrentCard } from '../render-current-card.js';
import { authoriseInvoker, type ActionOutcome } from './decide.js';

/** The `case <ref>` message: staff and supervisors get that case's current card (decidable if it still waits). */
export async function handleCaseLookup(deps: BotDeps, invoker: Invoker, text: string): Promise<ActionOutcome> {
  const refusal = authoriseInvoker(deps, invoker);
  if (refusal) {
    await deps.store.appendAudit({ caseId: null, type: 'case_lookup_refused', actor: invoker.aadObjectId, data: { reason: refusal } });
    return { card: describeRefusal(refusal), changedCaseId: null };
  }
  const ref = CASE_REF_PATTERN.exec(text)?.[0]?.toUpperCase();
  const c = ref ? await deps.store.getCaseByRef(ref) : null;
  if (!c) return { card: 'No case with that reference. Write it like: case PCSE-2026-000123', changedCaseId: null };
  return { card: await renderCurrentCard(deps, c), changedCaseId: null };
}
