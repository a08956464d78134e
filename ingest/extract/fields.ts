/**
 * Field extraction: each kind's reader (./kinds.ts, helpers in ./fields/) queries the document model
 * (./labelled-lines.ts) with label synonyms and section scoping, then falls back to prose patterns.
 */
import { formSigned } from './fields/form-signed.js';
import { organisation, detectStatedType } from './fields/organisation.js';
import { type FieldContext, type FieldResult, type Ev } from './fields/context.js';
import { KIND_READERS } from './kinds.js';
import { applyAddressCorrection, fillAddressesFromHeaders, fillAddressesFromText, fillNamesFromAddresses } from './names-from-addresses.js';

/** Extracts the kind's fields, the organisation and the evidence for each value. */
export function extractFields(ctx: FieldContext): FieldResult {
  const ev: Ev = {};
  const typeLabel = ctx.labelled.find((v) => /\b(organi[sz]ation|practice|contractor) type\b|^type of (organi[sz]ation|practice)$/i.test(v.label) && v.value);
  const stated = (typeLabel ? detectStatedType(`Organisation type: ${typeLabel.value}`) : null) ?? detectStatedType(ctx.body);
  const fields = KIND_READERS[ctx.kind].fields(ctx, ev);
  fillNamesFromAddresses(fields, ctx.body, ev);
  fillAddressesFromHeaders(fields, [...(ctx.participants ?? []), ...(ctx.copied ?? [])], ev);
  fillAddressesFromText(fields, ctx.body, ev);
  applyAddressCorrection(fields, ctx.body, ev);
  return { fields, organisation: organisation(ctx, ev, fields), statedOrganisationType: stated, evidence: ev, formSigned: formSigned(ctx) };
}

export type { FieldContext, FieldResult } from './fields/context.js';
export { detectStatedType } from './fields/organisation.js';
