/** What every per-kind extractor reads and returns, and the small value converters they share. */
import type { CaseKind, OrganisationType, Person } from '../../../core/domain/case.js';
import type { LabelledValue } from '../labelled-lines.js';
import { classifyOdsCode } from '../../../core/domain/ods.js';
import { clean, cleanPersonName, firstEmail, firstOdsCode, firstPhone, isPcseMailbox, UK_POSTCODE, type Found } from '../field-helpers.js';

/** Everything field extraction reads. */
export interface FieldContext {
  kind: CaseKind;
  /** The request text: new text and forwarded request, plus attached form text; no signature, no quoted history. */
  body: string;
  signature: string;
  subject: string;
  labelled: LabelledValue[];
  /** The person who makes the request (the forwarded message's sender when forwarded). */
  requester: Person;
  /** The From header's person: who wrote the email's own new text (differs from the requester when a forward is passed on). */
  sender?: Person;
  /** A forwarded message's sender and text, when the email forwards one (its author may approve in it). */
  forwarded?: { from: Person; text: string; signature?: string } | null;
  /** Everyone the headers name (From, the forwarded and quoted authors), display names as "Forename Surname". */
  participants?: Person[];
  /** The author of the message a reply quotes (a colleague named by first name in the new text may be them). */
  quotedFrom?: Person | null;
  /** The people the Cc header names: an approver the text says is copied in is one of them. */
  copied?: Person[];
  /** A PDF or image came with the email (a form may be in it even when none of its values could be read). */
  formAttached?: boolean;
  /** The code of the one site a list of the writer's sites singles out (records.ts), with its record's lines. */
  singledOutSite?: Found<string> | null;
  /**
   * Values a reader filled by a fallback it knows to be a guess, by contract path: confidence scores them at `c`
   * (./confidence.ts), so below its threshold they become hints.
   */
  doubts?: Map<string, Doubt>;
}

export interface Doubt {
  c: number;
  reason: string;
}

export interface FieldResult {
  fields: Record<string, unknown>;
  organisation: { odsCode: string | null; name: string | null } | null;
  statedOrganisationType: OrganisationType | null;
  evidence: Record<string, string>;
  /** Signature presence on an attached or typed form: null when there is no form. */
  formSigned: boolean | null;
}

export type Ev = Record<string, string>;

export const set = <T>(ev: Ev, path: string, f: Found<T> | null): T | null => {
  if (!f) return null;
  ev[path] = f.line;
  return f.value;
};

export const ANY = undefined;

/** A person's name; "GP Practices" (a form's title read as "Request for a Primary User: GP Practices") is nobody's. */
export const name = (v: string): string | null => {
  const n = cleanPersonName(v);
  return n && ORGANISATIONS_NAME.test(n) ? null : n;
};

/** A labelled address; PCSE's own ("Email: pcse.portalenquiries@nhs.net" in its signature, quoted under a reply) is nobody's in a request. */
export const email = (v: string): string | null => {
  const e = firstEmail(v);
  return e && !isPcseMailbox(e) ? e : null;
};

// "Organisation code: RHW": an NHS trust's or ICB's three-character code, when it is the whole labelled value.
export const ods = (v: string): string | null => firstOdsCode(v) ?? (classifyOdsCode(v.trim())?.type === 'other' ? v.trim().toUpperCase() : null);

export const text = (v: string): string | null => clean(v);


/**
 * An address ends at its postcode: "1 Harbour Terrace, Falmouth, TR11 2AA. Phone 01326 …" is the address and
 * then the next sentence's details, which belong to other fields.
 */
export const address = (v: string): string | null => {
  const m = UK_POSTCODE.exec(v);
  // "… YO22 5AA and would like his role extended": prose after the postcode is not the address either.
  // "… TR6 0DB 01872 555 400": a phone number straight after the postcode is the phone, not the address.
  if (m && /^\s*(?:[.;]\s*\S|(?:and|but|which|where|so|as|from|with)\b|[(-]?\s*(?:(?:tel|telephone|phone|t)\b\.?:?\s*)?(?:\+44\s?|0)\d)/i.test(v.slice(m.index + m[0].length))) return clean(v.slice(0, m.index + m[0].length));
  return clean(v);
};

/** The phone written after an address's postcode in the same value ("…, TR11 2AA. Phone 01326 496 000."). */
export const phoneAfterAddress = (v: string): string | null => {
  const m = UK_POSTCODE.exec(v);
  if (!m) return null;
  const rest = v.slice(m.index + m[0].length);
  return /^\s*[.;,]?\s*(?:phone|tel|telephone)\b/i.test(rest) ? firstPhone(rest.replace(/\S+@\S+/g, ' ')) : null;
};

export const phone = (v: string): string | null => firstPhone(v) ?? clean(v);

/** The words that end an organisation's name ("… Surgery", "… Opticians"): an organisation, not a person. */
export const ORG_SUFFIX = "(?:Surgery|Practice|Medical Centre|Medical Center|Health Centre|Medical Practice|Group Practice|Family Practice|Pharmacy|Chemists?|Dental Practice|Dental Care|Dental Surgery|Dental Centre|Dentistry|Dental|Opticians?|Optometrists?|Eyecare|Eye Care|Vision|Clinic|PCN|Primary Care Network|Partnership|Health Centre|Hospice|Hospital|Care Home|Nursing Home|Trust)";

/** A name that ends as an organisation's does ("GP Practices"), built once. */
const ORGANISATIONS_NAME = new RegExp(`\\b${ORG_SUFFIX}s?$`, 'iu');
