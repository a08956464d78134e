import type { ParsedCase } from '../case.js';
import type { Effect } from '../effects.js';
import { type ApprovalContext, CaseNotApprovableError } from './case-module.js';
import { computeMissing, parseCaseFields } from './finalise-case.js';
import { getCaseModule } from './registry.js';

export type ApprovableResult =
  | { ok: true }
  | { ok: false; reason: 'not_executable' }
  | { ok: false; reason: 'missing_fields'; missing: string[] };

/**
 * Whether approval can be planned: the kind must be executable (not unclassified, not an ignored
 * email) and nothing it requires may be missing. The bot asks this before offering "Approve".
 */
export function checkApprovable(parsed: ParsedCase): ApprovableResult {
  const module = getCaseModule(parsed.kind);
  if (module.kind === 'unclassified' || parsed.ignored) return { ok: false, reason: 'not_executable' };
  const { fields } = parseCaseFields(module, parsed.fields);
  const missing = computeMissing(module, { organisation: parsed.organisation, fields });
  return missing.length > 0 ? { ok: false, reason: 'missing_fields', missing } : { ok: true };
}

/**
 * What approving the case does: the kind's effects, in the order to apply them, each keyed by the
 * case id and what it changes so a re-run applies nothing twice. Throws CaseNotApprovableError
 * when checkApprovable would have said no (a caller bug, not a domain outcome).
 */
export function planApproval(parsed: ParsedCase, context: ApprovalContext): Effect[] {
  const verdict = checkApprovable(parsed);
  if (!verdict.ok) throw new CaseNotApprovableError(parsed.kind, verdict.reason === 'missing_fields' ? verdict.missing.join(', ') : 'an executable kind');
  const module = getCaseModule(parsed.kind);
  const { fields } = parseCaseFields(module, parsed.fields);
  return module.approve(parsed, fields, context);
}
