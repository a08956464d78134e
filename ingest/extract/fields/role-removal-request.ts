/** role_removal_request: the roles named (labelled or from the PCSE Online role names). */
import type { FieldContext, Ev } from './context.js';
import { NAME_PATTERN, escapeRegExp, listGoesOnAfter } from '../field-helpers.js';

const KNOWN_ROLES = [
  'GPP Practice User Administrator', 'GPP - Practice User Management', 'GPP Practice User Management', 'Joiner & Leaver', 'Joiner and Leaver',
  'Practice Estimate and Salary Change', 'PL Organisation Administrator', 'PL Organisation User Administration', 'PL Practice Manager',
  'Opto User Management', 'OPTO Organisation User Administration', 'User Management (Organisation)', 'Contractor Signatory', 'GOS Performer',
  'Practice Order Entry Clerk', 'Practice Records Movement Admin', 'Main Contact', 'PCN user admin', 'Performer',
];

/** Each known role as a whole name ("the performers list" is the list, not the Performer role), built once. */
const KNOWN_ROLE_PATTERNS = KNOWN_ROLES.map((role) => new RegExp(`(?<![\\p{L}])${escapeRegExp(role).replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'iu'));

export function roles(ctx: FieldContext, ev: Ev): string[] {
  const marked = markedRoles(ctx.body);
  if (marked) {
    ev['fields.roles'] = marked.line;
    return marked.value;
  }
  // "Role" over "Remove?": a table's column headings, not a role. "Removal of PCSE Online roles - Tom Briggs": a
  // letter's title names the person, not a role.
  const namesRole = (v: { label: string; value: string }): boolean => /\broles?\b/i.test(v.label) && !/\?\s*$/.test(v.value) && !/@/.test(v.value) && !(PERSON_NAME_ONLY.test(v.value.trim()) && !KNOWN_ROLE_PATTERNS.some((re) => re.test(v.value)));
  const lab = ctx.labelled.find(namesRole);
  if (lab) {
    // A table of one person's roles, a row each ("AKHTAR, Shabana | … | Joiner & Leaver"): every row's role.
    // "Role 1 Joiner & Leaver" / "Role 2 Practice Estimate …": numbered rows are one list.
    const numbered = /^roles?\s*\d{1,2}$/i.test(lab.label.trim());
    const rows = ctx.labelled.filter((v) => (numbered ? /^roles?\s*\d{1,2}$/i.test(v.label.trim()) : v.label === lab.label) && namesRole(v));
    ev['fields.roles'] = rows.map((v) => v.line).join(' / ');
    return unique(rows.flatMap((v) => v.value.replace(/^\d{1,2}[.):]?\s+(?=\p{L})/u, '').split(/\s*(?:,|;|\band\b(?! salary| leaver)|\/)\s*/i)).map((r) => r.trim()).filter(Boolean));
  }
  // "remove the following roles from …:" then a bulleted list: the list is the roles.
  const lines = ctx.body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lead = lines[i] ?? '';
    // "Remove:" alone over a list (a heading, with "Keep:" over another) is as good as "remove the following roles:".
    const heading = /^\s*(?:roles?\s+)?(?:to\s+)?(?:remov\w*|take\s+off|revok\w*)(?:\s+roles?)?\s*:\s*$/i.test(lead.replace(/\*\*|__/g, ''));
    // "Please could you remove her access to:" over the functions, one a line, no bullets (Open Exeter's leavers).
    const accessTo = /\b(remov\w*|revok\w*|withdraw\w*)\s+(?:her|his|their|the)\s+access\s+to\s*:\s*$/i.test(lead);
    if (!heading && !accessTo && (!/\b(remov\w*|take\s+off|revok\w*|withdraw\w*)\b/i.test(lead) || !/\broles?\b|\bfollowing\b/i.test(lead))) continue;
    // The lead sentence may wrap onto a second line before its colon.
    const leadEnd = /:\s*$/.test(lead.replace(/\*\*|__/g, '').trim()) ? i : /:\s*$/.test((lines[i + 1] ?? '').trim()) ? i + 1 : -1;
    if (leadEnd < 0) continue;
    const items: string[] = [];
    for (let j = leadEnd + 1; j < lines.length; j++) {
      const b = /^\s*(?:[-•*·▪]|\d{1,2}[.)]|[a-h][.)])\s+(.+?)\s*$/.exec(lines[j] ?? '') ?? (accessTo ? /^\s*(\p{Lu}[^.!?:\n]{2,50})\s*$/u.exec(lines[j] ?? '') : null);
      if (!b) {
        // A blank line before the list, or between its items (an HTML list turned into text): the list goes on.
        if (!(lines[j] ?? '').trim() && (items.length === 0 || listGoesOnAfter(lines, j))) continue;
        break;
      }
      items.push((b[1] ?? '').replace(/[.;,]$/, '').replace(/\s+role$/i, ''));
    }
    if (items.length) {
      ev['fields.roles'] = [lead.trim(), ...items].join(' / ');
      return unique(items.flatMap(rolesOfItem));
    }
  }
  const found: string[] = [];
  let line = '';
  // "He should keep Performer" (not "I keep getting emails"), "leave her Performer role as it is", "do not remove Performer", "… but not
  // Performer", "he remains a performer at our other store": a role kept is not a role to remove.
  // "Keep:" over a list: the roles listed under it stay.
  let rest = ctx.body.replace(/^\s*(?:\*\*|__)?(?:roles?\s+)?(?:to\s+)?(?:keep|leave|retain)(?:\s+roles?)?\s*:\s*(?:\*\*|__)?\s*\n(?:\s*(?:[-•*·▪]|\d{1,2}[.)])\s+[^\n]*\n?)+/gim, ' ').replace(/\b(?:(?:keep|keeps)(?!\s+(?:getting|receiving|having|seeing|being|trying|asking|on\b))|retain|retains|still needs?|should (?:keep|retain|still have)|leave (?:him|her|them) (?:with|as)|leave (?:his|her|their|the)|do(?:n['’]?t| not) (?:remove|revoke|take off|touch|change)|without removing|except(?: for)?|apart from|other than|but not|no change to|remains?|stays?|still (?:working|works|employed)|continues? (?:as|to be|to work))\b[^.\n]*/gi, ' ');
  // "change Lorraine's access from Practice Order Entry Clerk to Practice Records Movement Admin": the role she moves
  // from is the one to take off; the one she moves to is her user administrator's to give.
  rest = rest.replace(/(\b(?:access|roles?)\s+from\s+[^.\n]{3,80}?)\s+to\s+[^.\n]*/gi, '$1');
  // "Lucy was our only Opto User Management admin … Please remove the Contractor Signatory role", "take the Practice
  // Order Entry Clerk role off my account … I'm the main contact": where a sentence asks for a removal and names a
  // role, the roles other sentences name are who people are, not what to remove.
  const asksRemoval = rest.split(/(?<=[.!?])\s+|\n/).filter((sentence) => REMOVAL_VERB.test(sentence));
  const removalText = asksRemoval.join('\n');
  if (KNOWN_ROLE_PATTERNS.some((re) => re.test(removalText))) rest = removalText;
  for (const [at, re] of KNOWN_ROLE_PATTERNS.entries()) {
    const m = re.exec(rest);
    // "Performer" again after "GOS Performer": one role, named twice.
    if (m && !found.some((f) => f.toLowerCase().includes(m[0].replace(/\s+/g, ' ').toLowerCase()))) {
      // "the practice order entry clerk role": written all in lower case, the role is given its PCSE Online name.
      found.push(/\p{Lu}/u.test(m[0]) ? m[0].replace(/\s+/g, ' ') : KNOWN_ROLES[at] ?? m[0]);
      line ||= rest.split('\n').find((l) => re.test(l))?.trim() ?? '';
      rest = rest.replace(re, ' ');
    }
  }
  if (found.length) {
    ev['fields.roles'] = line;
    // "the Joiner & Leaver and Practice Estimate roles": the line lists a role no known name matched, so the list is short.
    let left = line;
    for (const r of found) left = left.replace(new RegExp(escapeRegExp(r).replace(/\s+/g, '\\s+'), 'i'), ' \u0000 ');
    if (/\u0000\s*(?:,|and|&|\/)\s+(?!the\b|from\b|for\b|on\b|his\b|her\b|their\b)[\p{L}][\p{L}&'’ -]{2,40}?\s+roles?\b|\b(?:the|remove)\s+(?!\u0000)\p{Lu}[\p{L}&'’ -]{2,40}?\s*(?:,|and|&)\s*\u0000/u.test(left)) {
      ctx.doubts?.set('fields.roles', { c: 0.4, reason: 'the line names more roles than were recognised' });
    }
  }
  return found;
}

/**
 * "Carol Duckworth (carol.duckworth@nhs.net) - Joiner & Leaver": a list of people, each with the roles they lose after
 * the dash, names the roles there; a plain list item is a role.
 */
function rolesOfItem(item: string): string[] {
  if (!/@/.test(item)) return [item];
  const after = /(?:\s[-–:]\s|\)\s*[-–:]\s*)([^@]+)$/.exec(item)?.[1];
  return after ? after.split(/\s*(?:,|;|\band\b(?! salary| leaver))\s*/i).map((r) => r.trim().replace(/\s+roles?$/i, '')).filter(Boolean) : [];
}

const ROLE_NAME = new RegExp(`^\\s*(?:[-•*·▪]\\s+)?(${KNOWN_ROLES.map((r) => escapeRegExp(r).replace(/\s+/g, '\\s+')).join('|')})\\s*(?:[|:\\t–-]\\s*(\\S.*))?$`, 'i');
const MARK = /^(?:y|yes|n|no|x|✓|✔|remove|keep|leave|-)$/i;
const REMOVE_MARK = /^(?:y|yes|x|✓|✔|remove)$/i;

/**
 * The roles of a table marked one by one ("Joiner & Leaver" / "Y", "Practice Order Entry Clerk" / "N"; or "… | Y" on
 * one line), with its borders lost: the roles marked for removal, when two or more roles carry a mark.
 */
function markedRoles(body: string): { value: string[]; line: string } | null {
  const lines = body.split('\n').map((l) => l.trim()).filter(Boolean);
  const rows: { role: string; mark: string; line: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ROLE_NAME.exec(lines[i] ?? '');
    if (!m?.[1]) continue;
    const mark = m[2]?.trim() ?? (MARK.test(lines[i + 1] ?? '') ? lines[i + 1] ?? '' : '');
    if (MARK.test(mark)) rows.push({ role: m[1].replace(/\s+/g, ' '), mark, line: m[2] ? lines[i] ?? '' : `${lines[i]} ${mark}` });
  }
  if (rows.length < 2) return null;
  const removed = rows.filter((r) => REMOVE_MARK.test(r.mark));
  return removed.length ? { value: removed.map((r) => r.role), line: rows.map((r) => r.line).join(' / ') } : null;
}

/** A value that is only a person's name ("Tom Briggs", "Dr Amina Shah"); built once. */
const PERSON_NAME_ONLY = new RegExp(`^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?${NAME_PATTERN}$`, 'u');

const REMOVAL_VERB = /\b(?:remov\w*|take\s+(?:\w+\s+){0,6}off|taking\s+(?:\w+\s+){0,6}off|revok\w*|withdraw\w*|delet\w*|strip\w*)\b/i;

function unique(roles: string[]): string[] {
  const seen = new Set<string>();
  return roles.filter((r) => !seen.has(r.toLowerCase()) && Boolean(seen.add(r.toLowerCase())));
}
