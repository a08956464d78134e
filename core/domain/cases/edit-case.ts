import { z } from 'zod';
import type { Finding, ParsedCase } from '../case.js';
import { finaliseCase, getPath, parseCaseFields, safeChecks } from './finalise-case.js';
import { SENDER_TRUST_CODES } from '../sender-trust.js';
import { getCaseModule } from './registry.js';
import { INVISIBLE_CHARACTERS as INVISIBLE } from '../people.js';

/** Control and bidirectional-override characters ("Trojan Source" text) never reach a form, even as a value. */

/** One value staff may correct on the "Edit fields…" form: a dotted path into the case and its current text. */
export interface EditableField {
  /** `organisation.odsCode` or `fields.<key>[.<key>]`, the contract's names. */
  path: string;
  /** The current value as text ('' when empty); a list is one item a line. */
  value: string;
  /** A list of strings (roles, permissions): entered one a line, or separated by commas. */
  list: boolean;
}

/** One corrected value, as the audit trail and the correction statistics record it. */
export interface FieldChange {
  path: string;
  from: unknown;
  to: unknown;
}

export type EditCaseResult =
  | { ok: true; parsed: ParsedCase; changes: FieldChange[] }
  | { ok: false; reason: 'no_changes' }
  /** A value staff typed does not fit the kind's schema (a malformed address, an unknown role): named, nothing saved. */
  | { ok: false; reason: 'value_invalid'; paths: string[] }
  /** The edit would leave a required value empty: a case awaiting approval must stay complete. */
  | { ok: false; reason: 'required_missing'; paths: string[] };

/** Codes finaliseCase adds from the whole case (not from the kind's own checks); recomputed after an edit. */
const COMMON_CHECK_CODES = new Set(['ods_invalid', 'ods_type_mismatch', 'fields_invalid', ...SENDER_TRUST_CODES]);

/**
 * Every value of the kind's schema, in the schema's order, after the organisation code: what the edit form
 * shows, prefilled. The paths are exactly the ones editCase accepts.
 */
export function listEditableFields(parsed: ParsedCase): EditableField[] {
  const module = getCaseModule(parsed.kind);
  const { fields } = parseCaseFields(module, parsed.fields);
  const out: EditableField[] = [{ path: 'organisation.odsCode', value: (parsed.organisation?.odsCode ?? '').replace(INVISIBLE, ''), list: false }];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      out.push({ path, value: value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n').replace(INVISIBLE, ''), list: true });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    } else {
      out.push({ path, value: value === null || value === undefined ? '' : String(value).replace(INVISIBLE, ''), list: false });
    }
  };
  const shape = module.fieldsSchema instanceof z.ZodObject ? (module.fieldsSchema.shape as Record<string, z.ZodTypeAny>) : {};
  for (const [key, value] of Object.entries(fields)) {
    // An absent optional group (an approver the email did not name) still offers its values to fill in.
    const empty = value === null ? shape[key]?.safeParse({}) : undefined;
    walk(empty?.success && empty.data !== null && typeof empty.data === 'object' ? empty.data : value, `fields.${key}`);
  }
  return out;
}

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = root;
  for (const part of parts.slice(0, -1)) {
    const next = node[part];
    node[part] = next !== null && typeof next === 'object' && !Array.isArray(next) ? { ...(next as Record<string, unknown>) } : {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts[parts.length - 1] as string] = value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Applies staff's corrections to a case (issue 11). `edits` maps paths from listEditableFields to the text
 * typed on the form; unknown paths are ignored, absent paths keep their value. The fields are parsed again with
 * the kind's zod schema (so an address is normalised exactly as extraction would have), a value that does not
 * fit is refused rather than emptied, and the case is re-finalised: `missing` and the content findings are
 * recomputed, while extraction's own findings (authentication, attachments) are kept. Pure; the caller adds the
 * directory checks (reviewCase) and stores the result at a new version, so earlier approvals no longer count.
 */
export function editCase(parsed: ParsedCase, edits: Record<string, string>): EditCaseResult {
  const module = getCaseModule(parsed.kind);
  const { fields: before } = parseCaseFields(module, parsed.fields);
  const editable = listEditableFields(parsed);
  const draft: Record<string, unknown> = { fields: structuredClone(before), organisation: parsed.organisation ? { ...parsed.organisation } : null };
  const touched: string[] = [];
  for (const field of editable) {
    const typed = edits[field.path];
    if (typeof typed !== 'string') continue;
    const text = typed.trim();
    if (text === field.value.trim()) continue;
    const value = field.list
      ? text.split(/[\n,;]/).map((s) => s.trim()).filter((s) => s !== '')
      : text === '' ? null : text;
    if (field.path === 'organisation.odsCode') {
      const org = (draft.organisation as ParsedCase['organisation']) ?? { odsCode: null, name: null, type: 'other' as const };
      // The type follows the new code's shape (finaliseCase); a name stated for the old code would mislead.
      draft.organisation = { ...org, odsCode: typeof value === 'string' ? value.replace(/\s+/g, '').toUpperCase() : null, type: 'other' };
    } else {
      setPath(draft, field.path, value);
    }
    touched.push(field.path);
  }
  if (touched.length === 0) return { ok: false, reason: 'no_changes' };

  let { fields, invalid } = parseCaseFields(module, draft.fields);
  // A form gives text: a count typed as "3" is the number 3 where the schema wants a number.
  const numeric = touched.filter((t) => invalid.includes(t) && /^\d{1,9}$/.test((edits[t] ?? '').trim()));
  if (numeric.length > 0) {
    for (const path of numeric) setPath(draft, path, Number((edits[path] ?? '').trim()));
    ({ fields, invalid } = parseCaseFields(module, draft.fields));
  }
  const invalidTouched = new Set(invalid.filter((p) => touched.some((t) => p === t || p.startsWith(`${t}.`) || t.startsWith(`${p}.`))));
  // The schemas turn a value that is not an address into null; typed by a person, that is a mistake to name.
  for (const path of touched) {
    const typed = (edits[path] ?? '').trim();
    if (typed !== '' && path !== 'organisation.odsCode' && getPath({ fields }, path) === null) invalidTouched.add(path);
  }
  if (invalidTouched.size > 0) return { ok: false, reason: 'value_invalid', paths: [...invalidTouched] };

  const key = (f: Finding) => `${f.code}\u0000${f.message}`;
  const ownChecks = new Set(safeChecks(() => module.checkContent(parsed, before)).map(key));
  const kept = parsed.findings.filter((f) => !COMMON_CHECK_CODES.has(f.code) && !ownChecks.has(key(f)));
  const next = finaliseCase({ ...parsed, organisation: draft.organisation as ParsedCase['organisation'], fields, findings: kept, missing: [] });
  if (next.missing.length > 0) return { ok: false, reason: 'required_missing', paths: next.missing };

  const changes: FieldChange[] = [];
  for (const field of editable) {
    const from = field.path === 'organisation.odsCode' ? parsed.organisation?.odsCode ?? null : getPath({ fields: before }, field.path) ?? null;
    const to = field.path === 'organisation.odsCode' ? next.organisation?.odsCode ?? null : getPath({ fields: next.fields }, field.path) ?? null;
    if (!sameValue(from, to)) changes.push({ path: field.path, from, to });
  }
  if (changes.length === 0) return { ok: false, reason: 'no_changes' };
  return { ok: true, parsed: next, changes };
}
