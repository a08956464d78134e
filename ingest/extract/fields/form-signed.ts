/** Whether a typed or flat form's signature line is filled. */
import type { FieldContext } from './context.js';
import { clean } from '../field-helpers.js';

/** True/false when the form has a signature line or field; null when there is no form to judge. */
export function formSigned(ctx: FieldContext): boolean | null {
  const sig = ctx.labelled.filter((v) => /\bsignature\b|^signed$/i.test(v.label));
  if (sig.length === 0) return signatureLineLeftEmpty(ctx.body) ? false : null;
  // "Signature  Date  07/12/2026": the next box's label and its date, read on the signature's line, are not a signature.
  const signedIn = (value: string): string => value.replace(/^\s*date\b\s*[:\t ]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?\s*$/i, '');
  // "Signature of authorised signatory" over the form's footer ("OE-PU-GP v2.1 Page 1 of 1"): the footer is not a signature.
  return sig.some((v) => (!!clean(signedIn(v.value)) && !/^(_+|\.+|-+|\[\s*\]|none|blank)$/i.test(v.value.trim()) && !FORM_FOOTER.test(v.value)) || signedUnderRow(ctx.body, v));
}

/**
 * "Signature	Date" printed as one row, the date and the typed signature under it on lines of their own ("19/11/2026" /
 * "H Sandhu"): the row's values are the lines under it, and one of them that is not the date is the signature.
 */
function signedUnderRow(body: string, v: { value: string; line: string }): boolean {
  if (!/^\s*date\s*$/i.test(v.value)) return false;
  const lines = body.split('\n');
  const at = lines.findIndex((l) => l.trim() === v.line.trim() || l.replace(/\t/g, ' ').trim() === v.line.replace(/\t|:/g, ' ').replace(/\s+/g, ' ').trim());
  if (at < 0) return false;
  const under = lines.slice(at + 1, at + 3).map((l) => l.trim());
  const isDate = (l: string): boolean => /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$|^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9}\s+\d{4}$/u.test(l);
  return under.some(isDate) && under.some((l) => !isDate(l) && /^\p{L}[\p{L}.'’ -]{1,40}$/u.test(l) && !/:/.test(l));
}

/** "Signature of authorised signatory" on a line of its own, as a printed form's last box is labelled. */
const SIGNATURE_LINE = /^\s*signature(?:\s+of\s+(?:the\s+)?[\p{L} ]{3,40}?)?\s*:?\s*$/iu;
/** What follows an empty box at the foot of a form: its footer, the page number, the next box's label. */
const FORM_FOOTER = /\bpage\s+\d+\s+of\s+\d+\b|^\s*(?:date|print(?:ed)?\s+name|name)\s*:?\s*$|\bv\d+(?:\.\d+)?\b/i;

/**
 * A printed form's signature line with nothing written under it: the next line is the form's footer or the next
 * box's label, or there is none. A name or anything else under it may be a typed signature, so it is not judged.
 */
function signatureLineLeftEmpty(body: string): boolean {
  const lines = body.split('\n');
  const at = lines.findIndex((l) => SIGNATURE_LINE.test(l));
  if (at < 0) return false;
  const next = lines.slice(at + 1).find((l) => l.trim()) ?? '';
  return !next.trim() || FORM_FOOTER.test(next);
}
