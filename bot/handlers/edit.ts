import { editCase, reviewCase, type EditCaseResult } from '../../core/domain/cases/index.js';
import { requiredApprovals } from '../../core/domain/decisions.js';
import { loadDirectoryFacts } from '../../core/load-directory-facts.js';
import { EDIT_INPUT_PREFIX, labelForPath } from '../../templates/cards/case-card.js';
import type { BotDeps, Invoker } from '../deps.js';
import { renderCurrentCard } from '../render-current-card.js';
import { answerLostRace, beginDecision, type ActionOutcome } from './decide.js';

/** The sentence staff see when their corrections were not saved; exhaustive over the domain's reasons. */
function describeEditRefusal(result: Exclude<EditCaseResult, { ok: true }>): string {
  const names = (paths: string[]) => paths.map((p) => labelForPath(p.replace(/^fields\./, ''))).join(', ');
  switch (result.reason) {
    case 'no_changes':
      return 'Nothing was changed, so nothing was saved.';
    case 'value_invalid':
      return `Not saved: these values are not valid: ${names(result.paths)}. Check them and save again.`;
    case 'required_missing':
      return `Not saved: these values are required: ${names(result.paths)}. Use "Request information…" to ask the practice.`;
  }
}

/**
 * `edit` ("Edit fields…"): a member of staff corrects values the extractor read wrongly. The same checks as
 * every decision (tenant, staff, own request, the card's version), then the domain re-validates the values
 * with the kind's schema and recomputes `missing` and the findings, directory checks included. The store saves
 * the case at a new version with one correction row per value and a `case_edited` audit event, so approvals
 * given before the edit no longer count and every copy of the card is replaced.
 */
export async function handleEdit(deps: BotDeps, invoker: Invoker, raw: unknown): Promise<ActionOutcome> {
  const begun = await beginDecision(deps, invoker, raw, 'edit', { phoneVerified: false });
  if (!begun.ok) return begun.outcome;
  const { c, actor, data } = begun;
  const edits: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith(EDIT_INPUT_PREFIX) && typeof value === 'string') edits[key.slice(EDIT_INPUT_PREFIX.length)] = value;
  }
  const result = editCase(c.parsed, edits);
  if (!result.ok) {
    deps.log.info({ caseId: c.id, verb: 'edit', reason: result.reason }, 'edit not saved');
    return { card: await renderCurrentCard(deps, c, { text: describeEditRefusal(result), tone: 'attention' }), changedCaseId: null };
  }
  const findings = deps.directory ? reviewCase(result.parsed, await loadDirectoryFacts(deps.directory, result.parsed)) : result.parsed.findings;
  const saved = await deps.store.saveCaseEdit(c.id, { parsed: result.parsed, findings, changes: result.changes, expectedVersion: c.version, actor });
  if (!saved) return answerLostRace(deps, invoker, 'edit', c.id);
  deps.log.info({ caseId: c.id, changed: result.changes.length }, 'case edited');
  const again = begun.priorApprovals.length > 0 ? ' Approvals given before this change no longer count: approve again.' : '';
  // Four-eyes (core/domain/decisions.ts): say it now, not only when the editor tries to approve.
  const fourEyes = requiredApprovals(saved.kind) === 1
    ? ' You edited this case, so another member of staff must approve it.'
    : ' You edited this case, so you can be at most one of its two approvers.';
  return {
    card: await renderCurrentCard(deps, saved, { text: `Saved ${result.changes.length} change${result.changes.length === 1 ? '' : 's'}.${again}${fourEyes}`, tone: 'good' }),
    changedCaseId: c.id,
  };
}
