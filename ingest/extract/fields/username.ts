/** account_unlock / account_reactivation / role_removal_request: the username, labelled or in prose. */
import { EMAIL_LABEL, USERNAME_LABEL, clean, findPersonWithEmail, firstEmail, isPcseMailbox, pick, type Found } from '../field-helpers.js';
import { email, type FieldContext } from './context.js';
import { normaliseEmail } from '../../../core/domain/people.js';

/** "my username is jo.bloggs@nhs.net", "His username was …", "user ID PNAIR4". */
const PROSE_USERNAMES = /\b(?:us(?:e)?r\s*-?\s*n(?:a)?me|user\s*id|login(?:\s*id)?)(?:\s+(?:on|for|in)\s+(?:open exeter|OE|PCSE(?: online)?|the system))?\s*(?:(?:is|was|will be)\b|:|-|=)?\s*(?:is\b\s*)?\(?\s*([^\s,;()]+@[^\s,;()]+|[a-z0-9._-]{3,}@?[a-z0-9._-]*)/gi;

/** "username is this email address", "my username is my email": the sender's own address is the username. */
const USERNAME_IS_OWN_EMAIL = /\b(?:us(?:e)?r\s*-?\s*n(?:a)?me|user\s*id|login)\s*(?:is|was|=|:)?\s*(?:the same as\s+)?(?:this|my|the)\s+(?:e-?mail|email address|e-?mail address|address (?:i'?m|i am) (?:writing|emailing) from)\b|\b(?:account|log-?in|it)\s+(?:is|was)\s+(?:registered\s+|set up\s+)?(?:under|with|on|to|using|against)\s+(?:this|my)\s+(?:e-?mail|address)\b|\bI\s+(?:log|sign)\s*(?:in|on)\s+(?:with|using)\s+(?:this|my)\s+(?:e-?mail|address)\b/i;

/** A username written in running text, or null. */
export function proseUsername(body: string, requesterEmail: string | null = null): Found<string> | null {
  for (const line of body.split('\n')) {
    // "his username is the email he registered with the GMC: dfairbairn@doctors.org.uk": the address written is it.
    const written = firstEmail(line);
    if (requesterEmail && USERNAME_IS_OWN_EMAIL.test(line) && (!written || written === requesterEmail.toLowerCase())) return { value: requesterEmail, line: line.trim() };
    // "add PNL to her Open Exeter login please. She's Lauren Price, user ID LPRICE2": a later mention on the line may
    // be the one that gives it.
    for (const m of line.matchAll(PROSE_USERNAMES)) {
      const found = usernameAt(m, line, body);
      if (found === 'skip-line') break;
      if (found) return found;
    }
  }
  return null;
}

/** One "username is …" match read: the login, nothing here (null), or a cue that the line has no login to give. */
function usernameAt(m: RegExpMatchArray, line: string, body: string): Found<string> | null | 'skip-line' {
  // "my user name isn't an email address … It is:" then the login on a line of its own: what it is not, then what it is.
  const negated = m && /^\s*(?:isn['’]t|is not|wasn['’]t|was not)\b/i.test(line.slice((m.index ?? 0) + m[0].length - (m[1]?.length ?? 0)));
  // "my user name was set up by our admin as:" then the login on a line of its own, as with "below".
  if (m?.[1] && (negated || /^(below|above|attached|as follows|following)\b/i.test(m[1]) || (/^(set|created|registered|made|changed)$/i.test(m[1]) && /:\s*$/.test(line)))) {
    // "my username is below:" then the login on a line of its own.
    const rest = body.split('\n').slice(body.split('\n').indexOf(line) + 1).map((l) => l.trim()).filter(Boolean);
    const own = rest[0] && /^[^\s,;:()]{3,64}$/.test(rest[0]) ? rest[0] : null;
    if (own) return { value: (normaliseEmail(own) ?? own).replace(/[.,;]+$/, ''), line: `${line.trim()} / ${own}` };
    return 'skip-line';
  }
  // "… login please." is no login: the word is read without the full stop after it.
  // "The username (email address) of the deactivated account": what kind of value it is, not a login.
  if (m?.[1] && /^e-?mail$/i.test(m[1]) && /\(\s*e-?mail/i.test(m[0])) return null;
  // "She isn't sure what her user ID is but her email is …": a clause's next word, not a login.
  if (m?.[1] && !/^(is|was|and|but|or|so|if|yet|for|the|will|this|my|same|that|see|as|details|please|to|on|with|has|not|isn't|unknown|none|what|which|whatever)$/i.test(m[1].replace(/[.,;]+$/, ''))) return { value: (normaliseEmail(m[1]) ?? m[1]).replace(/[.,;]+$/, ''), line: line.trim() };
  return null;
}

export function username(ctx: FieldContext): Found<string> | null {
  const lab = pick(ctx.labelled, USERNAME_LABEL, (v) => clean(v.split(/\s/)[0] ?? null)) ?? pick(ctx.labelled, EMAIL_LABEL, email);
  if (lab) return lab;
  const prose = proseUsername(ctx.body, ctx.requester.email);
  if (prose) return prose;
  // A list of several people, each with an address ("1. Carol Duckworth (carol.d@…) - Joiner & Leaver"): no one of
  // them is the request's user, and the card must not suggest the first is.
  if (listedAddresses(ctx.body) >= 2) return null;
  const e = findPersonWithEmail(ctx.body);
  return e && !isPcseMailbox(e.value.email) ? { value: e.value.email, line: e.line } : null;
}

/** How many different addresses a bulleted or numbered list in the text gives, one per item. */
function listedAddresses(body: string): number {
  const found = new Set<string>();
  for (const line of body.split('\n')) {
    if (!/^\s*(?:[-•*·▪]|\d{1,2}[.)]|[a-h][.)])\s+\S/.test(line)) continue;
    const address = firstEmail(line);
    if (address) found.add(address);
  }
  return found.size;
}

/**
 * Two words of a name written in lower case whose login spells them: surname and initial ("HARTT" for "tracey hart"),
 * initial and surname ("THART"), with digits ignored. Capitalised for the card.
 */
export function nameSpelledByLogin(body: string, login: string): Found<string> | null {
  const letters = login.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length < 4) return null;
  for (const line of body.split('\n')) {
    for (const m of line.matchAll(/(?<![\p{L}'’-])(\p{L}{2,15})\s+(\p{L}{3,20})(?![\p{L}'’-])/gu)) {
      const [first, last] = [m[1]?.toLowerCase() ?? '', m[2]?.toLowerCase() ?? ''];
      // "JWHITM1" for Jade Whitmore: a login may keep only the surname's first letters.
      const truncated = letters.length >= 5 && letters.length - 1 < last.length && letters === `${first[0]}${last.slice(0, letters.length - 1)}`;
      if (letters === `${last}${first[0]}` || letters === `${first[0]}${last}` || truncated) {
        const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
        return { value: `${cap(first)} ${cap(last)}`, line: line.trim() };
      }
    }
  }
  return null;
}
