/** Whether a typed or flat form's signature line is filled. */
import type { FieldContext } from './context.js';
import { clean } from '../field-helpers.js';

/** True/false when the form has a signature line or field; null when there is no form to judge. */
export function formSigned(ctx: FieldContext): boolean | null {
  const sig = ctx.labelled.filter((v) => /\bsignature\b|^signed$/i.test(v.label));
  if (sig.length === 0) return null;
  return sig.some((v) => !!clean(v.value) && !/^(_+|\.+|-+|\[\s*\]|none|blank)$/i.test(v.value.trim()));
}
