import type { CaseKind, ParsedCase } from '../case.js';
import type { Effect } from '../effects.js';
import { isScanPending } from '../findings.js';
import { type ApprovalContext, effectKey, recipients, replyBase } from './case-module.js';
import { parseCaseFields } from './finalise-case.js';
import { getCaseModule } from './registry.js';

/** The kind as practices and staff read it ("user administrator nomination"). */
export function describeCaseKind(kind: CaseKind): string {
  return getCaseModule(kind).label;
}

const WORDS: Record<string, string> = { odsCode: 'ODS code', gmcNumber: 'GMC number', username: 'username', email: 'email' };

/** "fields.nominee.email" → "Nominee email"; "organisation.odsCode" → "Organisation ODS code". */
export function describeFieldPath(path: string): string {
  const parts = path.replace(/^fields\./, '').split('.');
  const words = parts.map((p) => WORDS[p] ?? p.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase());
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function flatten(value: unknown, path: string, out: { label: string; value: string }[]): void {
  if (value === null || value === undefined || value === '') return;
  if (Array.isArray(value)) {
    if (value.length > 0) out.push({ label: describeFieldPath(path), value: value.map(String).join(', ') });
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(v, path ? `${path}.${k}` : k, out);
  } else {
    out.push({ label: describeFieldPath(path), value: String(value) });
  }
}

/**
 * The acknowledgement we send when a case opens: what we understood and what is missing, with the
 * case reference in the subject so the practice's reply finds the case.
 */
export function planAcknowledgement(parsed: ParsedCase, context: ApprovalContext): Effect[] {
  const module = getCaseModule(parsed.kind);
  const to = recipients(context.requesterEmail);
  if (to.length === 0) return [];
  const understood: { label: string; value: string }[] = [];
  if (parsed.organisation?.odsCode) understood.push({ label: 'Organisation ODS code', value: parsed.organisation.odsCode });
  flatten(parseCaseFields(module, parsed.fields).fields, '', understood);
  return [{
    type: 'send-reply',
    key: effectKey(context.caseId, 'reply', 'acknowledgement'),
    template: 'acknowledgement',
    to,
    // While a scanned form is still being read, what looks missing may be on it: the practice is not asked for it.
    model: { ...replyBase(parsed, context, parsed.from.name), kindLabel: module.label, understood, missing: isScanPending(parsed) ? [] : parsed.missing.map(describeFieldPath) },
  }];
}

/** The question the info-request email asks for one missing field path ("Please send the nominee email."). */
export function askForField(path: string): string {
  return `Please send the ${describeFieldPath(path).toLowerCase()}.`;
}

/** Asks the practice for what is missing; `requestId` (e.g. the decision id) keys it, since a case may ask more than once. */
export function planInfoRequest(parsed: ParsedCase, context: ApprovalContext, request: { requestId: string; questions: string[] }): Effect[] {
  const to = recipients(context.requesterEmail);
  if (to.length === 0 || request.questions.length === 0) return [];
  return [{
    type: 'send-reply',
    key: effectKey(context.caseId, 'reply', 'info-request', request.requestId),
    template: 'info-request',
    to,
    model: { ...replyBase(parsed, context, parsed.from.name), questions: request.questions },
  }];
}

/** The rejection reply, with the approver's reason. */
export function planRejection(parsed: ParsedCase, context: ApprovalContext, reason: string): Effect[] {
  const to = recipients(context.requesterEmail);
  if (to.length === 0) return [];
  return [{
    type: 'send-reply',
    key: effectKey(context.caseId, 'reply', 'rejected'),
    template: 'rejected',
    to,
    model: { ...replyBase(parsed, context, parsed.from.name), kindLabel: getCaseModule(parsed.kind).label, reason },
  }];
}
