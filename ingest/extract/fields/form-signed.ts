/** Whether a typed or flat form's signature line is filled. */
import type { FieldContext } from './context.js';
import { clean } from '../field-helpers.js';

/** True/false when the form has a signature line or field; null when there is no form to judge. */
export function formSigned(ctx: FieldContext): boolean | null {
  const sig = ctx.labelled.filter((v) => /\bsignature\b|^signed$/i.test(v.label));
  if (sig.length === 0) return null;
  // "Signature  Date  07/12/2026": the next box's label and its date, read on the signature's line, are not a signature.
  const signedIn = (value: string): string => value.replace(/^\s*date\b\s*[:\t ]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})?\s*$/i, '');
  return sig.some((v) => !!clean(signedIn(v.value)) && !/^(_+|\.+|-+|\[\s*\]|none|blank)$/i.test(v.value.trim()));
}
