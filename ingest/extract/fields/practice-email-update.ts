/** practice_email_update: the current and new practice addresses. */
import { EMAIL_IN_TEXT, pick, type Found } from '../field-helpers.js';
import { normaliseEmail } from '../../../core/domain/people.js';
import { set, email, type FieldContext, type Ev } from './context.js';

export function practiceEmails(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  // "The practice email address we hold now", "… you have on record": the address PCSE has is the current one.
  let current = pick(ctx.labelled, /\b(current|old|existing|previous|present)\b.*e-?mail|^from$|e-?mail(?:\s+address)?\s+(?:we|you|pcse)\s+(?:currently\s+)?(?:hold|have)(?:\s+(?:now|for\s+us|on\s+(?:record|file)))?$|e-?mail(?:\s+address)?\s+(?:on|in)\s+(?:record|file|your\s+records)$/i, email);
  let next = pick(ctx.labelled, /\b(?:new|proposed|replacement|future)\b.*e-?mail|^to$|\b(change|update)d? to\b/i, email);
  // "OLD DETAILS" / "Email: …" then "NEW DETAILS" / "Email: …": the heading says which the address is.
  // The heading holds for the block below it, though a "Practice: …" line in the block names a section of its own.
  if (!current || !next) {
    let heading: 'old' | 'new' | null = null;
    const under: Record<'old' | 'new', Found<string>[]> = { old: [], new: [] };
    for (const v of ctx.labelled) {
      if (OLD_HEADING.test(v.section)) heading = 'old';
      else if (NEW_HEADING.test(v.section)) heading = 'new';
      const address = heading && /e-?mail/i.test(v.label) ? email(v.value) : null;
      if (heading && address) under[heading].push({ value: address, line: v.line });
    }
    // One address under each: more would be a list, not the two sections.
    if (under.old.length === 1 && under.new.length === 1 && under.old[0]?.value !== under.new[0]?.value) {
      current ??= under.old[0] ?? null;
      next ??= under.new[0] ?? null;
    }
  }
  const body = ctx.body;
  if (!current || !next) {
    const cued = cuedEmails(body);
    current ??= cued.current;
    next ??= cued.next && cued.next.value !== current?.value ? cued.next : null;
  }
  return { currentEmail: set(ev, 'fields.currentEmail', current?.value ? current : null), newEmail: set(ev, 'fields.newEmail', next?.value ? next : null) };
}

const OLD_HEADING = /\b(?:old|current|existing|previous|present)\b/i;
const NEW_HEADING = /\b(?:new|proposed|replacement|future|updated)\b/i;

/**
 * Which address in running text is the old one and which the new, from the words around each:
 * "change X to Y", "from X to Y", "to mine, Y - the old one X isn't monitored", "X is no longer
 * used, please use Y". An address with no cue either way is left alone.
 */
function cuedEmails(body: string): { current: Found<string> | null; next: Found<string> | null } {
  let current: { f: Found<string>; score: number } | null = null;
  let next: { f: Found<string>; score: number } | null = null;
  const lines = body.split('\n');
  for (const [i, line] of lines.entries()) {
    // The words that cue an address are the ones since the address before it: "current email X new email Y".
    let previousEnd = 0;
    for (const m of line.matchAll(EMAIL_IN_TEXT)) {
      const address = normaliseEmail(m[0].replace(/[.,;]+$/, ''));
      const at = m.index ?? 0;
      // A hard-wrapped line that starts with the address: its cue ended the line above ("Our email now is").
      const wrappedCue = at === 0 && i > 0 && !(lines[i - 1] ?? '').includes('@') ? `${(lines[i - 1] ?? '').slice(-60)} ` : '';
      const before = wrappedCue + line.slice(Math.max(previousEnd, at - 60), at);
      const sincePrevious = line.slice(Math.max(previousEnd, at - 120), at);
      previousEnd = at + m[0].length;
      if (!address) continue;
      const after = line.slice(at + m[0].length, at + m[0].length + 60);
      let old = 0;
      let fresh = 0;
      if (/\bfrom\s*<?$/i.test(before) || /\b(old|previous|current|existing|present|former|retired?)\b[^@.;]{0,30}$/i.test(before)) old += 2;
      if (/\b(change|changing|replace|replacing|update|updating|amend|switch|swap)\s+(?:it\s+)?(?:from\s+)?<?$/i.test(before)) old += 2;
      if (/\b(instead of|rather than|in place of|replacing|replaces)\s*(?:the old (?:one|address)\s*|our old (?:one|address)\s*)?[(<]?$/i.test(before)) old += 3;
      // "X replaces Y as our practice email", "Y (to be replaced by X)": the order the verb gives them.
      if (/^[>)\]]?\s+(?:replaces|will replace|is replacing|is to replace|takes over from)\b/i.test(after) || /\breplaced\s+(?:by|with)\s*[(<]?$/i.test(before)) fresh += 3;
      if (/^[>)\]]?\s+(?:is\s+|will\s+be\s+|to\s+be\s+)?(?:being\s+)?replaced\s+(?:by|with)\b/i.test(after)) old += 3;
      if (/^>?[^@]{0,10}\s+(to|with|for)\b/i.test(after) && !/\bto\s*<?$/i.test(before)) old += 1;
      // Not "… to Y please? The old address will stop working": a sentence about another address.
      const stops = /^>?([^@]{0,40}?)\b(is no longer|isn'?t|is not|no longer|not (being )?(used|monitored|in use)|will (close|be closed|stop)|closing|is closing)\b/i.exec(after);
      // "… to Y - BT are closing the btconnect accounts": after a dash, a clause about something else.
      if (stops && !/\b(?:old|previous|former|other)\b/i.test(stops[1] ?? '') && !/(?:^|\s)[-–—](?:\s|$)/.test(stops[1] ?? '')) old += 3;
      // "X is being closed down", "X which nobody checks any more": said of this address, in its own sentence.
      const fate = /^>?([^@.?!]{0,40}?)\b(?:is being (?:closed|shut|decommissioned|retired|deleted)|(?:nobody|no one|no-one) (?:checks|monitors|reads)(?!\s+(?:the|our|that|this)\b)|not (?:checked|monitored)|unmonitored)\b/i.exec(after);
      if (fate && !/\b(?:old|previous|shared|other)\b/i.test(fate[1] ?? '')) old += 3;
      // "writing to our old generic address X": "to" only points at the new address when no "old" is nearer.
      const saysOld = /\b(old|previous|former)\b[^@.;]{0,30}$/i.test(before);
      if ((/\b(to|new|use|using|with|is now|will be|moving to|mine)\b[^@]{0,12}$/i.test(before) || (/\b(to|new)\b[^@.;]{0,40}$/i.test(before) && !saysOld)) && !/\bfrom\s*<?$/i.test(before) && !/\b(old|previous|former)\b[^@.;]{0,12}$/i.test(before)) fresh += 2;
      // "Can you use my email instead please: X", "the new shared mailbox for the merged practice is X", "IT have made us
      // a proper shared one, X": the address to use from now on.
      if (/\b(?:use|using|to)\s+(?:my|our|her|his|their)\s+(?:own\s+)?(?:e-?mail|address|nhs\s?mail|nhs\.net)(?:\s+(?:e-?mail\s+)?address)?\b[^@]{0,25}$/i.test(before) || /\bnew\s+(?:shared\s+|generic\s+|practice\s+|team\s+)?(?:mailbox|address|e-?mail(?:\s+address)?)\b[^@.;]{0,40}\bis\s*$/i.test(before) || /\b(?:made|set up|created|given)\s+(?:us\s+)?(?:a\s+)?(?:proper\s+|new\s+)*(?:shared|generic|new)\s+(?:one|mailbox|address|account)\s*[,:(-]?\s*$/i.test(before)) fresh += 2;
      // "… we cannot get into it at all (X)": the address nobody can open is the one to replace.
      if (/\b(?:can(?:no|['’])t|unable to|no longer)\s+(?:get into|access|log into|open)\s+it\b[^@]{0,20}[(<]\s*$/i.test(before)) old += 3;
      // "change it to my own nhs.net address, X": the writer's own address, named before it is written.
      if (/\b(?:to|use|using)\s+(?:my|our|her|his|their)\s+own\b[^@]{0,30}$/i.test(before)) fresh += 2;
      if (/^>?[^@]{0,30}\b(is (our|the) new|instead|from now on|going forward)\b/i.test(after) || /^>?[^@]{0,15}\bplease use (it|this|that)\b/i.test(after)) fresh += 2;
      // "the one you have is X", "we used to use X", "currently listed as X", "our address (X) should change to …".
      // "used to use X" reads as "to use X" to the cues above: the past tense decides.
      if (/\b(?:used to|previously|formerly|originally)\s+(?:\w+\s+){0,2}[(<]?$/i.test(before)) old += 6;
      else if (/\b(?:one (?:that )?you (?:have|hold)|you (?:have|hold|currently have)|on (?:file|record|your (?:system|records?))|currently (?:held|listed|showing|set|registered|recorded)|registered (?:as|with))\b[^@.;]{0,30}$/i.test(before) || /\b(?:at the moment|currently|right now|at present)\s*,?\s*(?:it['’]?s|it is|we(?:['’]re| are)? (?:on|using))\s*$/i.test(before)) old += 3;
      // "The practice email PCSE has for us is X", "the address you currently hold for us is X", "the current practice
      // email address shown for us on PCSE Online is X": what the records say now is the old one.
      // "At the moment PCSE has X", "you still hold X": the address itself right after what the records hold.
      if (/\b(?:you|pcse(?:\s+online)?|your\s+(?:system|records?|team))\s+(?:currently\s+|still\s+)?(?:ha(?:ve|s)|holds?|shows?|lists?|records?)\b[^@.;]{0,40}\bis\s*$/i.test(before) || /\b(?:you|pcse(?:\s+online)?|your\s+(?:system|records?))\s+(?:currently\s+|still\s+)?(?:ha(?:ve|s)|holds?|shows?|lists?)\s*(?:us\s+as\s*)?[(<]?$/i.test(before) || /\b(?:current|existing|present)\b[^@.;]{0,70}\b(?:is|was)\s*$/i.test(sincePrevious)) old += 3;
      if (/^[>)\]]?[^@]{0,30}\b(?:should|needs? to|must|will need to|has to) (?:change|be changed|be updated|become|be replaced|move|switch)\b/i.test(after)) old += 2;
      // "the practice email you hold for us is still Dr Fothergill's own address (X)": what it still is, is the old one.
      if (/\b(?:is|was)\s+still\b[^@.;]{0,50}$/i.test(before)) old += 3;
      if (/\b(?:become|becomes|changed to|go to|goes to|be sent to|come to|now (?:use|using|is|be))\s*[(<]?$/i.test(before) && !/\b(?:e-?mail|address)\s+now\s+is\s*$/i.test(before)) fresh += 2;
      // "Our email now is X but we want to change to …": what it is now is the old one.
      if (/\b(?:e-?mail|address)\s+(?:now|currently|at the moment)\s+is\s*$/i.test(before) && /^[^@]{0,25}\b(?:want|wish|would like|need)s?\s+to\s+change\b/i.test(after)) old += 3;
      // "… which is parkviewsurgery dot admin at nhs dot net thats parkviewsurgery.admin@nhs.net": spelt out, then written.
      if (/\bnew\b[^@]{0,100}\bthat['’]?s\s*$/i.test(sincePrevious)) fresh += 2;
      const f = { value: address, line: line.trim() };
      if (old > fresh && (!current || old > current.score)) current = { f, score: old };
      if (fresh > old && (!next || fresh > next.score)) next = { f, score: fresh };
    }
  }
  return { current: current?.f ?? null, next: next?.f ?? null };
}
