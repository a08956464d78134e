import { z } from 'zod';
import type { CaseKind, Finding, Mailbox, OrganisationType, ParsedCase } from '../case.js';
import type { DirectoryAccount, DirectoryFacts, DirectoryOrganisation } from '../directory-facts.js';
import type { Effect, ReplyEffect } from '../effects.js';
import { makeFinding } from '../findings.js';
import { describeOrganisationType } from '../ods.js';
import { INVISIBLE_CHARACTERS, neutralisePersonName, normaliseEmail } from '../people.js';
import type { EmailTemplateName, ReplyModels } from '../replies.js';

/** Who approved and for whom, as the executor's effects need it. */
export interface ApprovalContext {
  caseId: string;
  caseRef: string;
  /** The practice's address we answer (usually the case's `from.email`). */
  requesterEmail: string | null;
  /** Entra object ids of the approvers. */
  decidedBy: string[];
}

/**
 * One case kind: its fields' shape, what it needs, its checks and what approving it does.
 * The registry in ./index.ts makes a kind without a module a compile error.
 */
export interface CaseModule<F extends Record<string, unknown> = Record<string, unknown>> {
  kind: CaseKind;
  /** Where this kind normally arrives (docs/domain.md); another mailbox is not an error, only unusual. */
  mailboxes: readonly Mailbox[];
  /** Exactly the contract's per-kind fields; absent keys parse to null or [] so the shape is complete. */
  fieldsSchema: z.ZodType<F, z.ZodTypeDef, unknown>;
  /** Paths into the case ("fields.nominee.email", "organisation.odsCode") that must not be empty. */
  requiredFields: readonly string[];
  /** Checks that need only the email. */
  checkContent(parsed: ParsedCase, fields: F): Finding[];
  /** Checks against the directory; the caller has already handled an unloaded directory. */
  checkDirectory(parsed: ParsedCase, fields: F, facts: DirectoryFacts): Finding[];
  /** What approving does, each effect keyed by the case id and what it changes. Assumes nothing required is missing. */
  approve(parsed: ParsedCase, fields: F, context: ApprovalContext): Effect[];
  /** The lookups checkDirectory reads. */
  lookups(parsed: ParsedCase, fields: F): { odsCodes: string[]; accounts: string[]; authorisedEmails: string[] };
  /** high = two different approvers (docs/domain.md: nominations, main contact changes, Open Exeter primary users). */
  riskLevel: 'standard' | 'high';
  /** PCSE phones the practice before approving (main contact extension, branch setup). */
  needsPhoneVerification: boolean;
  /** A short label for staff and practices, used inside sentences ("user administrator nomination"). */
  label: string;
  /** The kind's name on cards for staff, capitalised ("User administrator nomination"). */
  title: string;
}

/** Thrown when approval is planned for a case that lacks what its effects need: a caller bug, not a domain outcome. */
export class CaseNotApprovableError extends Error {
  readonly code = 'case_not_approvable';
  constructor(readonly kind: CaseKind, readonly path: string) {
    super(`case of kind ${kind} cannot be approved: ${path} is missing`);
    this.name = 'CaseNotApprovableError';
  }
}

// ---- Field schemas shared by the kinds --------------------------------------------------------

/** Trimmed text without invisible characters (bidi overrides, controls), empty → null, absent → null. */
export const TextField = z.preprocess(
  (v) => (v === undefined ? null : typeof v === 'string' ? v.replace(INVISIBLE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim() || null : v),
  z.string().nullable(),
);
/** An email normalised by normaliseEmail; a value that is not an address becomes null (the evidence keeps the raw text). */
export const EmailField = z.preprocess((v) => (v === undefined || v === null ? null : typeof v === 'string' ? normaliseEmail(v) : v), z.string().nullable());
/** A person's name tidied and neutralised by neutralisePersonName (no controls, bidi characters or addresses). */
export const NameField = z.preprocess((v) => (v === undefined || v === null ? null : typeof v === 'string' ? neutralisePersonName(v) : v), z.string().nullable());
/** An ODS code upper-cased without spaces; its shape is checked separately (ods_invalid). */
export const OdsField = z.preprocess(
  (v) => (v === undefined ? null : typeof v === 'string' ? v.replace(/\s+/g, '').toUpperCase() || null : v),
  z.string().nullable(),
);
export const StringListField = z.preprocess(
  (v) => (v === undefined || v === null ? [] : Array.isArray(v) ? v.map((s) => (typeof s === 'string' ? s.trim() : s)).filter((s) => s !== '') : v),
  z.array(z.string()),
);

export const PersonField = z.preprocess((v) => (v === undefined || v === null ? {} : v), z.object({ name: NameField, email: EmailField }));

/** A nullable enum: unknown spellings are an error (caught per key by finaliseCase), absent is null. */
export function enumField<const T extends [string, ...string[]]>(values: T) {
  return z.preprocess(
    (v) => (v === undefined || v === '' ? null : typeof v === 'string' ? v.trim() : v),
    z.enum(values).nullable(),
  );
}

// ---- Small helpers for the modules -------------------------------------------------------------

/** Returns `value`, or throws CaseNotApprovableError naming `path`. */
export function need<T>(kind: CaseKind, value: T | null | undefined, path: string): T {
  if (value === null || value === undefined || value === '') throw new CaseNotApprovableError(kind, path);
  return value;
}

/** A deterministic idempotency key: the case id, then what the effect changes. */
export function effectKey(caseId: string, ...parts: (string | null | undefined)[]): string {
  return [caseId, ...parts.map((p) => (p ?? '-').toLowerCase())].join(':');
}

/** Distinct, normalised, non-null addresses, in order. */
export function recipients(...emails: (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const e of emails) {
    const n = normaliseEmail(e);
    if (n && !out.includes(n)) out.push(n);
  }
  return out;
}

/** A send-reply effect; skipped (empty list) when there is nobody to send it to. */
export function reply<N extends EmailTemplateName>(
  context: ApprovalContext,
  template: N,
  to: string[],
  model: ReplyModels[N],
): ReplyEffect[] {
  if (to.length === 0) return [];
  return [{ type: 'send-reply', key: effectKey(context.caseId, 'reply', template), template, to, model: { ...model } }];
}

/** The fields of a reply model every template shares. */
export function replyBase(parsed: ParsedCase, context: ApprovalContext, recipientName: string | null) {
  return {
    caseRef: context.caseRef,
    recipientName,
    organisationName: parsed.organisation?.name ?? null,
    odsCode: parsed.organisation?.odsCode ?? null,
  };
}

/** Checks an organisation the case names: unknown or closed. Null key skips the check. */
export function checkOrganisation(facts: DirectoryFacts, odsCode: string | null, role = 'organisation'): Finding[] {
  if (!odsCode || !(odsCode in facts.organisations)) return [];
  const org = facts.organisations[odsCode];
  if (!org) return [makeFinding('organisation_unknown', `The ${role} ${odsCode} is not in the directory.`)];
  if (org.closed) return [makeFinding('organisation_closed', `The ${role} ${odsCode} is closed in the directory.`)];
  return [];
}

/** The directory's organisation when it was looked up and found. */
export function findOrganisation(facts: DirectoryFacts, odsCode: string | null): DirectoryOrganisation | null {
  return odsCode ? facts.organisations[odsCode] ?? null : null;
}

/** The account named by email or username: undefined = not looked up, null = not found. */
export function findAccount(facts: DirectoryFacts, key: string | null): DirectoryAccount | null | undefined {
  if (!key) return undefined;
  const k = key.toLowerCase();
  return k in facts.accounts ? facts.accounts[k] ?? null : undefined;
}

/** The organisation's type, from the code shape or as the email says. */
export function organisationTypeOf(parsed: ParsedCase): OrganisationType | null {
  return parsed.organisation?.type ?? parsed.statedOrganisationType ?? null;
}

export { describeOrganisationType };
