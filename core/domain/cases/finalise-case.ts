import { z } from 'zod';
import { FindingSchema, type Finding, type OrganisationRef, ORGANISATION_TYPES, type ParsedCase } from '../case.js';
import { dedupeFindings, makeFinding, sortFindings } from '../findings.js';
import { classifyOdsCode, describeOrganisationType, isCompatibleOrganisationType, normaliseOdsCode, organisationTypeFromName, organisationTypeOfLookAlike } from '../ods.js';
import { neutralisePersonName, normaliseEmail, normalisePersonName } from '../people.js';
import type { CaseModule } from './case-module.js';
import { getCaseModule } from './registry.js';
import { checkSenderTrust, neutraliseDisplayName } from '../sender-trust.js';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses `raw` against the kind's schema, filling absent keys. A key whose value does not fit
 * becomes its empty value and is named in the returned list, so one bad value never loses the rest.
 */
export function parseCaseFields(module: CaseModule, raw: unknown): { fields: Record<string, unknown>; invalid: string[] } {
  const input = isPlainObject(raw) ? raw : {};
  const whole = module.fieldsSchema.safeParse(input);
  const invalid = raw === undefined || raw === null || isPlainObject(raw) ? [] : ['fields'];
  if (whole.success) return { fields: whole.data, invalid };
  const schema = module.fieldsSchema;
  const fields: Record<string, unknown> = {};
  if (schema instanceof z.ZodObject) {
    for (const [key, keySchema] of Object.entries(schema.shape as Record<string, z.ZodTypeAny>)) {
      const one = keySchema.safeParse(input[key]);
      if (one.success) {
        fields[key] = one.data;
      } else {
        invalid.push(...one.error.issues.map((i) => ['fields', key, ...i.path].join('.')));
        const empty = keySchema.safeParse(undefined);
        fields[key] = empty.success ? empty.data : null;
      }
    }
  }
  return { fields, invalid: [...new Set(invalid)] };
}

/** The value at a dotted path ("fields.nominee.email"), or undefined. */
export function getPath(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const part of path.split('.')) {
    if (!isPlainObject(value)) return undefined;
    value = value[part];
  }
  return value;
}

/** Empty as a required value: absent, blank or an empty list. */
export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** The required paths whose value is empty, in the module's order. */
export function computeMissing(module: CaseModule, parsed: Pick<ParsedCase, 'organisation' | 'fields'>): string[] {
  return module.requiredFields.filter((path) => isEmpty(getPath(parsed, path)));
}

/** Every `odsCode` inside the fields, with its path. */
function collectFieldCodes(value: unknown, path: string, out: { path: string; code: string }[]): void {
  if (!isPlainObject(value)) return;
  for (const [key, child] of Object.entries(value)) {
    const childPath = `${path}.${key}`;
    if (key === 'odsCode' && typeof child === 'string') out.push({ path: childPath, code: child });
    else collectFieldCodes(child, childPath, out);
  }
}

/** Top-level organisation: the code normalised and the type its shape implies; filled from fields for organisation-level kinds. */
function finaliseOrganisation(draft: ParsedCase, fields: Record<string, unknown>): OrganisationRef | null {
  let org: OrganisationRef | null = isPlainObject(draft.organisation)
    ? {
        odsCode: typeof draft.organisation.odsCode === 'string' ? normaliseOdsCode(draft.organisation.odsCode) || null : null,
        name: typeof draft.organisation.name === 'string' ? draft.organisation.name.trim() || null : null,
        type: (ORGANISATION_TYPES as readonly string[]).includes(draft.organisation.type) ? draft.organisation.type : 'other',
      }
    : null;
  // docs/case-contract.md: for these kinds the top-level organisation is the existing or main practice.
  const practice = getPath(fields, 'existingPractice') ?? getPath(fields, 'mainPractice');
  if ((!org || !org.odsCode) && isPlainObject(practice) && typeof practice.odsCode === 'string') {
    org = { odsCode: practice.odsCode, name: org?.name ?? (typeof practice.name === 'string' ? practice.name : null), type: org?.type ?? 'other' };
  }
  const classified = org?.odsCode ? classifyOdsCode(org.odsCode) : null;
  if (org && classified) org = { ...org, odsCode: classified.code, type: classified.type };
  // No code to type it and no type stated: what the name says it is beats "other" on the card.
  else if (org && org.type === 'other') org = { ...org, type: organisationTypeFromName(org.name) ?? organisationTypeOfLookAlike(org.odsCode) ?? 'other' };
  return org;
}

/** Checks every kind shares: code shapes, stated type against the code, sender authentication. */
function checkCommonContent(parsed: ParsedCase): Finding[] {
  const findings: Finding[] = [];
  const codes: { path: string; code: string }[] = [];
  if (parsed.organisation?.odsCode) codes.push({ path: 'organisation.odsCode', code: parsed.organisation.odsCode });
  collectFieldCodes(parsed.fields, 'fields', codes);
  const reported = new Set<string>();
  for (const { code } of codes) {
    if (!classifyOdsCode(code) && !reported.has(code)) {
      reported.add(code);
      findings.push(makeFinding('ods_invalid', `${code} is not the shape of any ODS code (GP A81001, branch A81001001, dental V012345, ophthalmic TPA12, pharmacy FA123, PCN U12345).`));
    }
  }
  const stated = parsed.statedOrganisationType ?? null;
  const fromCode = parsed.organisation?.odsCode ? classifyOdsCode(parsed.organisation.odsCode)?.type ?? null : null;
  if (stated && fromCode && !isCompatibleOrganisationType(stated, fromCode)) {
    findings.push(makeFinding('ods_type_mismatch', `The email says ${describeOrganisationType(stated)}, but ${parsed.organisation?.odsCode} is a ${describeOrganisationType(fromCode)} code.`));
  } else if (!stated && fromCode) {
    // "Hillside Pharmacy, code V012044": the organisation's own name says what it is as plainly as a stated type.
    const named = organisationTypeFromName(parsed.organisation?.name ?? null);
    if (named && named !== 'other' && !isCompatibleOrganisationType(named, fromCode)) {
      findings.push(makeFinding('ods_type_mismatch', `The organisation is named as ${describeOrganisationType(named)} (${parsed.organisation?.name}), but ${parsed.organisation?.odsCode} is a ${describeOrganisationType(fromCode)} code.`));
    }
  }
  const auth = parsed.authentication;
  if (auth && auth.verdict === 'fail' && !parsed.findings.some((f) => f.code === 'sender_unauthenticated')) {
    findings.push(makeFinding('sender_unauthenticated', `The sender's domain failed authentication (${auth.source}).`));
  }
  return findings;
}

/** Findings that fit the contract; anything else from a draft is dropped rather than trusted. */
function validFindings(raw: unknown): Finding[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((f) => {
    const r = FindingSchema.safeParse(f);
    return r.success ? [r.data] : [];
  });
}

/**
 * The extractor's last step: makes a draft a complete, normalised case. Validates the fields
 * against the kind's schema (absent keys become null or [] so the JSON shape is always complete),
 * sets the organisation type from the code's shape, computes `missing` from the kind's required
 * fields, appends the content checks, de-duplicates findings and sorts them errors first.
 * Pure and deterministic; never throws: a fields value that does not fit becomes the kind's empty
 * shape plus a `fields_invalid` finding. Running it twice gives the same case. The draft's own
 * findings are kept, so call it on a fresh draft; to re-check a stored case use reviewCase.
 */
export function finaliseCase(draft: ParsedCase): ParsedCase {
  const module = getCaseModule(draft.kind);
  const { fields, invalid } = parseCaseFields(module, draft.fields);
  const organisation = finaliseOrganisation(draft, fields);
  const fromRaw = isPlainObject(draft.from) ? draft.from : { name: null, email: null };
  const base: ParsedCase = {
    ...draft,
    kind: module.kind,
    ignored: draft.ignored ?? null,
    messageId: draft.messageId ?? null,
    from: {
      name: neutraliseDisplayName(normalisePersonName(typeof fromRaw.name === 'string' ? fromRaw.name : null)),
      email: normaliseEmail(typeof fromRaw.email === 'string' ? fromRaw.email : null),
    },
    subject: draft.subject ?? null,
    caseRef: draft.caseRef ? draft.caseRef.toUpperCase() : null,
    organisation,
    fields,
    findings: validFindings(draft.findings),
    evidence: isPlainObject(draft.evidence) ? draft.evidence : {},
    ...(Array.isArray(draft.hints) ? { hints: neutraliseNameHints(draft.hints) } : {}),
  };
  const computed = computeMissing(module, base);
  const extra = (Array.isArray(draft.missing) ? draft.missing : []).filter(
    (p) => typeof p === 'string' && !module.requiredFields.includes(p) && isEmpty(getPath(base, p)),
  );
  const findings: Finding[] = [...base.findings];
  if (invalid.length > 0) {
    findings.push(makeFinding('fields_invalid', `These extracted values did not fit and were left empty: ${invalid.join(', ')}.`));
  }
  findings.push(...checkCommonContent(base));
  findings.push(...safeChecks(() => module.checkContent(base, fields)));
  // No directory here: the policy says so, and reviewCase (or ingest, with the directory) judges again.
  findings.push(...checkSenderTrust({ ...base, findings }, null));
  return { ...base, missing: [...new Set([...computed, ...extra])], findings: sortFindings(dedupeFindings(findings)) };
}

/**
 * A doubtful name is shown to staff as a hint, so it is neutralised like a name field (no address, control or
 * bidi character); a hint with no name left is dropped.
 */
function neutraliseNameHints(hints: NonNullable<ParsedCase['hints']>): NonNullable<ParsedCase['hints']> {
  return hints.flatMap((h) => {
    if (!h.path.endsWith('.name') || typeof h.value !== 'string') return [h];
    const value = neutralisePersonName(h.value);
    return value ? [{ ...h, value }] : [];
  });
}

/** Runs a check; a check that throws on odd input becomes nothing rather than a crashed parse. */
export function safeChecks(run: () => Finding[]): Finding[] {
  try {
    return run();
  } catch {
    return [];
  }
}

