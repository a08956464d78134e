import type { Finding, ParsedCase } from '../case.js';
import { dedupeFindings } from '../findings.js';
import { initialState } from '../lifecycle.js';
import { computeMissing, getPath, isEmpty } from './finalise-case.js';
import { getCaseModule } from './registry.js';

/**
 * What a reply from the practice does to the case it answers (docs/domain.md, "Replies"). Only a case that
 * waits for information takes the reply's values; any other case just gets the email attached.
 */
export interface ReplyOutcome {
  /** The case's parse result after the reply, findings merged. */
  parsed: ParsedCase;
  findings: Finding[];
  /** Awaiting approval once nothing required is missing; otherwise still needs information. */
  state: 'needs_information' | 'awaiting_approval';
}

/** Applies a reply to a case that needs information: the merged case, its findings and its next state. */
export function applyReply(original: ParsedCase, originalFindings: readonly Finding[], reply: ParsedCase, replyFindings: readonly Finding[]): ReplyOutcome {
  const merged = mergeReply(original, { ...reply, findings: [...replyFindings] });
  const findings = dedupeFindings([...originalFindings, ...replyFindings]);
  return { parsed: { ...merged, findings }, findings, state: initialState(merged.missing) };
}

/**
 * The case as it was, with every value it lacked that the reply now gives. Values the case already had are
 * kept (a reply does not silently overwrite what the approver saw); `missing` keeps only what is still empty,
 * judged as a new case is (computeMissing): an empty required list, such as no permissions, is still missing.
 */
export function mergeReply(original: ParsedCase, reply: ParsedCase): ParsedCase {
  const merged: ParsedCase = {
    ...original,
    organisation: original.organisation ?? reply.organisation,
    fields: fillEmpty(original.fields, reply.fields) as Record<string, unknown>,
    evidence: { ...reply.evidence, ...original.evidence },
  };
  if (merged.organisation && reply.organisation) {
    merged.organisation = fillEmpty(merged.organisation, reply.organisation) as ParsedCase['organisation'];
  }
  const module = getCaseModule(original.kind);
  const requiredEmpty = new Set(computeMissing(module, merged));
  const stillMissing = original.missing.filter((p) => (module.requiredFields.includes(p) ? requiredEmpty.has(p) : isEmpty(getPath(merged, p))));
  for (const p of original.missing) {
    if (!stillMissing.includes(p) && reply.evidence[p]) merged.evidence[p] = reply.evidence[p];
  }
  return { ...merged, missing: stillMissing };
}

function fillEmpty(base: unknown, extra: unknown): unknown {
  if (isEmpty(base)) return extra ?? base;
  if (isPlainObject(base) && isPlainObject(extra)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(extra)) out[k] = fillEmpty(base[k], v);
    return out;
  }
  return base;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
