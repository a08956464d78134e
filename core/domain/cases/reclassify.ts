import type { CaseKind, Finding, ParsedCase } from '../case.js';
import { finaliseCase, parseCaseFields, safeChecks } from './finalise-case.js';
import { getCaseModule } from './registry.js';

/**
 * The case without its kind's own content findings (and its `fields_invalid`): what finaliseCase will judge again.
 * Extraction findings (attachments, authentication, Message-ID reuse) are kept.
 */
export function withoutOwnChecks(parsed: ParsedCase): Finding[] {
  const module = getCaseModule(parsed.kind);
  const { fields } = parseCaseFields(module, parsed.fields);
  const key = (f: Finding) => `${f.code}\u0000${f.message}`;
  const ownChecks = new Set(safeChecks(() => module.checkContent(parsed, fields)).map(key));
  return parsed.findings.filter((f) => f.code !== 'fields_invalid' && !ownChecks.has(key(f)));
}

/**
 * The stored case as the new kind would have produced it: the old kind's own content findings (and its
 * `fields_invalid`) are dropped, extraction findings (attachments, authentication, Message-ID reuse) are
 * kept, and finaliseCase re-validates the fields, recomputes `missing` and runs the new kind's checks.
 * Fields the new kind does not have are dropped here; the email row keeps the original parse.
 */
export function reclassifyParsedCase(parsed: ParsedCase, kind: CaseKind): ParsedCase {
  return finaliseCase({ ...parsed, kind, findings: withoutOwnChecks(parsed), missing: [] });
}
