/** verification_link_resend: the account the link is for and the GMC number. */
import { EMAIL_LABEL, findPersonWithEmail, isPcseMailbox, pick } from '../field-helpers.js';
import { set, email, type FieldContext, type Ev } from './context.js';

export function verification(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  // The GMC number is often only in the signature block ("GMC No. 7012345").
  const gmcText = `${ctx.body}\n${ctx.signature}`;
  const gmc = /\bGMC\b[^\d\n]{0,30}(\d{7})\b/i.exec(gmcText) ?? /\b(\d{7})\b/.exec(ctx.labelled.find((v) => /gmc/i.test(v.label) && /number|no\b|ref/i.test(v.label))?.value ?? '');
  const gmcLine = gmc ? gmcText.split('\n').find((l) => l.includes(gmc[1] ?? '\u0000'))?.trim() ?? `GMC ${gmc[1]}` : null;
  if (gmc && gmcLine) ev['fields.gmcNumber'] = gmcLine;
  const forOther = /\b(?:for|on behalf of)\s+(?:my\s+)?(?:colleague|dr\.?|gp|partner)\b[^\n]*/i.exec(ctx.body);
  const labelled = pick(ctx.labelled, EMAIL_LABEL, email);
  const inText = forOther ? findPersonWithEmail(forOther[0]) : null;
  // PCSE's own address, in the signature of its reply quoted below, is not the account's.
  const found = findPersonWithEmail(ctx.body);
  const anyEmail = found && !isPcseMailbox(found.value.email) ? found : null;
  let accountEmail: string | null = null;
  if (inText) {
    accountEmail = inText.value.email;
    ev['fields.accountEmail'] = inText.line;
  } else if (labelled) accountEmail = set(ev, 'fields.accountEmail', labelled);
  else if (anyEmail) {
    accountEmail = anyEmail.value.email;
    ev['fields.accountEmail'] = anyEmail.line;
  } else if (ctx.requester.email && (/\b(my|i|me)\b/i.test(ctx.body) || /\b(?:to|at|on)\s+this\s+(?:e-?mail\s+)?(?:address|e-?mail|account)\b/i.test(ctx.body))) {
    // "can you resend to this address please": the address it came from.
    accountEmail = ctx.requester.email;
    ev['fields.accountEmail'] = 'From header (the sender asks for their own account)';
  }
  return { accountEmail, gmcNumber: gmc?.[1] ?? null };
}
