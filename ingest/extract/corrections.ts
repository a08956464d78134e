import { normaliseEmail } from '../../core/domain/people.js';
import { editDistance } from './confidence.js';
import { cleanPersonName, EMAIL_IN_TEXT, escapeRegExp, NAME_PATTERN, stripLeadingWords } from './field-helpers.js';
import type { FieldResult } from './fields/context.js';

/**
 * A value the writer corrects in the same email: "Sorry - the code is actually FQ412, not FQ421", "It should be
 * J82155, not J82515", "her username is CMCALEESE2 - CMCALEESE1 was a previous member of staff". `wrong` is the
 * value as first written, or a word of it ("not the reception one"), or empty where only the right code is written
 * ("wrong code, it's V034471").
 */
export interface Correction {
  right: string;
  wrong: string;
  line: string;
  /**
   * Only the right value written, and what sort of value it replaces named ("please ignore the username I gave below
   * … The account is X", "typo in the new address below. It should be Y"): it replaces the value of that sort that
   * is most like it (a typo fixed, a name lengthened), not the organisation's code.
   */
  nearest?: ValueSort;
}

/**
 * What sort of value a correction names: a login, an email address, a phone number; or `like`, a value the line
 * states with no sort named, which replaces the one value it is a near-copy of (a typo fixed).
 */
type ValueSort = 'username' | 'address' | 'phone' | 'like';

/** What makes a sentence a correction rather than a contrast in passing ("Jo, not Sam, will be the admin"). */
const CUE = /\b(?:sorry|apolog\w*|correct\w*|actually|typo|mistake|wrong|should (?:be|read|have been)|meant|instead of|mis-?typed)\b/i;

/** One value: an address, or a code or login (letters and digits, at least one digit or all capitals). */
const VALUE = String.raw`([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+|[A-Za-z0-9][\w.-]*[A-Za-z0-9])`;

/** A phone number as written, in groups of digits. */
const PHONE = String.raw`\+?\d[\d ]{4,}\d`;

const PATTERNS: { re: RegExp; right: number; wrong: number }[] = [
  // "the form says her email is j.okafor@nhs.net, that's wrong, it should be joy.okafor@nhs.net"
  { re: new RegExp(String.raw`\b(?:says|said|has|shows|reads)\b[^.\n]{0,40}?\s${VALUE}\s*[,;(–—-]?\s*(?:but\s+)?(?:that['’]?s|that\s+is|which\s+is|it['’]?s|is)\s+(?:wrong|incorrect|a\s+typo|out\s+of\s+date)\b[^.\n]{0,20}?\b(?:should\s+(?:be|read|have been)|(?:the\s+)?(?:right|correct)\s+one\s+is|it['’]?s|it\s+is)\s+(?:actually\s+)?${VALUE}`, 'i'), right: 2, wrong: 1 },
  // "is actually FQ412, not FQ421", "should be J82155 not J82515", "the new address is X, not the reception one",
  // "should be X instead, not the reception one"
  { re: new RegExp(String.raw`(?:\b(?:is|be|read|are)|\bit['’]s)\s+(?:actually\s+)?${VALUE}(?:\s+instead)?\s*[,;(–—-]?\s*(?:and\s+)?not\s+(?:the\s+|our\s+)?${VALUE}`, 'i'), right: 1, wrong: 2 },
  // "CMCALEESE2 - CMCALEESE1 was a previous member of staff"
  { re: new RegExp(String.raw`${VALUE}\s*[-–—,;(]\s*${VALUE}\s+(?:was|is|belongs|belonged)\b`, 'i'), right: 1, wrong: 2 },
  // "FQ421 should be FQ412", "J82515 should read J82155"
  { re: new RegExp(String.raw`${VALUE}\s+should\s+(?:be|read|have been)\s+${VALUE}`, 'i'), right: 2, wrong: 1 },
  // "not FQ421 but FQ412", "use FQ412 instead of FQ421"
  { re: new RegExp(String.raw`\bnot\s+${VALUE}\s*,?\s*but\s+${VALUE}`, 'i'), right: 2, wrong: 1 },
  { re: new RegExp(String.raw`${VALUE}\s+instead\s+of\s+(?:the\s+)?${VALUE}`, 'i'), right: 1, wrong: 2 },
  // "the branch telephone number is 01262 672 196, not 672 195": a phone number, the wrong one perhaps only its end.
  { re: new RegExp(String.raw`\b(?:is|be)\s+(?:actually\s+)?(${PHONE})\s*[,;(–—-]?\s*(?:and\s+)?not\s+(${PHONE})`, 'i'), right: 1, wrong: 2 },
];

/**
 * "Sorry, wrong code – it's V034471 (Bridge St)": only the right code is written; it replaces the organisation's code
 * first written (`wrong` is then empty).
 */
const WRONG_CODE_RIGHT_ONE = new RegExp(String.raw`\bwrong\s+(?:ODS\s+|practice\s+|organisation\s+|contract\s+)?code\b[^.\n]{0,30}?\b(?:it['’]s|it\s+is|should\s+(?:be|read|have been)|(?:the\s+)?(?:right|correct)\s+one\s+is|use)\s+(?:actually\s+)?([A-Za-z0-9]{3,10})\b`, 'i');

/** "ignore the username I gave below … The account is X", "typo in the new address below. It should be Y". */
const NAMED_THEN_RIGHT_ONE = new RegExp(String.raw`\b(?:wrong|ignore\s+the|typo\s+in\s+(?:the|my)|mistake\s+in\s+(?:the|my))\s+(?:new\s+|old\s+|current\s+|practice\s+)?(user\s*name|user\s*id|log-?in|e-?mail(?:\s+address)?|address)\b[^\n]{0,160}?\b(?:it['’]s|it\s+is|should\s+(?:be|read|have\s+been)|use|(?:account|username|address|one)\s+is|is\s+actually)\s+([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+|[A-Z][A-Z0-9]{3,}\d*)\b`, 'i');

/** "the telephone number for Marsh Lane on the form is our old number. The correct number is 0151 933 6620". */
const PHONE_ON_FORM = new RegExp(String.raw`\b(?:tele)?phone(?:\s+number)?\b[^.\n]{0,40}?\b(?:on|in)\s+the\s+(?:attached\s+)?(?:form|letter|attachment)\s+(?:is|was)\s+(?:wrong|incorrect|a\s+typo|out\s+of\s+date|(?:our|the|an?)\s+old\s+(?:one|number))\b(?:[^.\n]|\.\s){0,40}?\b(?:the\s+(?:right|correct|new|current)\s+(?:one|number)\s+is|it\s+should\s+be|it['’]s|it\s+is|use)\s+(${PHONE})`, 'i');

/**
 * A second thought sure enough to change a value by its likeness alone: "Sorry typo - GMC number is 7123465", "Lisa's
 * user ID is HARDYL2", "his email is actually olumide.bankole1@nhs.net", "created as X, not the one I typed above".
 * "Sorry for the delay" is not one.
 */
const FIXING_CUE = /\b(?:typo|mistake|mis-?typed|wrong|ignore\s+(?:that|this|the)|correction|corrected|should\s+(?:be|read|have\s+been)|(?:is|was)\s+actually|not\s+the\s+one)\b/i;

/** The values a line states: addresses, and codes, numbers or logins of four characters or more with a digit. */
const VALUES_IN_LINE = /[\w.+'’-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@.+-])[A-Za-z]*\d[A-Za-z0-9]*(?![\w@])/g;

/** Before a value the line gives up: "It says X", "not X", "ignore X". */
const GIVEN_UP_BEFORE = /(?:\b(?:says|said|shows|reads|typed|gave|wrote)\b[^.,;:!?]{0,30}|\b(?:not|ignore|instead\s+of|rather\s+than)\s+(?:the\s+)?)$/i;

/**
 * After a value the line gives up: "X was her account at her previous practice", "X is the code for our Ashby site", "X
 * should read Y", "P84033001 is our existing Oakwood branch" (another site's, named to tell the two apart).
 */
const GIVEN_UP_AFTER = /^\s*(?:was\b|belongs\b|should\s+(?:be|read|have\s+been)\b|is\s+(?:wrong|incorrect|the\s+(?:code|one|address|account|number)\s+(?:for|of)\b|(?:an?|our|my|her|his)\s+old\b|(?:our|my|the|their|her|his)\s+(?:existing|other|current|previous)\b))/i;

/** The values a correcting line states as right, in order: every value it does not give up. */
function valuesStatedRight(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(VALUES_IN_LINE)) {
    const value = m[0].replace(/[.'’-]+$/, '');
    const at = m.index ?? 0;
    // A part of a number written in groups ("01632 960 118") is not a value of its own.
    if (!value.includes('@') && (value.length < 4 || /\d\s$/.test(line.slice(0, at)) || /^\s\d/.test(line.slice(at + m[0].length)))) continue;
    if (GIVEN_UP_BEFORE.test(line.slice(Math.max(0, at - 30), at)) || GIVEN_UP_AFTER.test(line.slice(at + m[0].length))) continue;
    out.push(value);
  }
  return out;
}

/** Whether the line gives up `value` (or, for an address, its part before the @): "t.wong was my old address". */
function givenUpIn(line: string, value: string): boolean {
  for (const written of value.includes('@') ? [value, value.split('@')[0] ?? ''] : [value]) {
    if (written.length < 3) continue;
    const re = new RegExp(`(?<![\\w.])${escapeRegExp(written)}(?![\\w@])`, 'gi');
    for (const m of line.matchAll(re)) {
      const at = m.index ?? 0;
      if (GIVEN_UP_BEFORE.test(line.slice(Math.max(0, at - 30), at)) || GIVEN_UP_AFTER.test(line.slice(at + m[0].length))) return true;
    }
  }
  return false;
}

const looksLikeValue = (v: string): boolean => v.includes('@') || /\d/.test(v) || /^[A-Z]{4,}$/.test(v);

/** The corrections the writer makes in `text`, sentence by sentence. */
export function findCorrections(text: string): Correction[] {
  const out: Correction[] = [];
  for (const line of text.split('\n')) {
    if (!CUE.test(line)) continue;
    const code = WRONG_CODE_RIGHT_ONE.exec(line);
    if (code?.[1] && /\d/.test(code[1])) {
      out.push({ right: code[1].toUpperCase(), wrong: '', line: line.trim() });
      continue;
    }
    const phoneOnForm = PHONE_ON_FORM.exec(line);
    if (phoneOnForm?.[1]) {
      out.push({ right: phoneOnForm[1].trim(), wrong: '', line: line.trim(), nearest: 'phone' });
      continue;
    }
    const found: Correction[] = [];
    for (const sentence of line.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      if (!CUE.test(sentence) && !CUE.test(line)) continue;
      for (const { re, right, wrong } of PATTERNS) {
        const m = re.exec(sentence);
        const r = m?.[right];
        const w = m?.[wrong];
        // "it should be P84033002": a pronoun is no value first written.
        if (!r || !w || r.toLowerCase() === w.toLowerCase() || !looksLikeValue(r) || /^(?:it|this|that|which|these|those|they|she|he)$/i.test(w)) continue;
        found.push({ right: r, wrong: w, line: line.trim() });
        break;
      }
    }
    // "It should be X" names no value first written ("It"); the sentence before it says which sort it was.
    const named = found.some((f) => looksLikeValue(f.wrong)) ? null : NAMED_THEN_RIGHT_ONE.exec(line);
    if (named?.[1] && named[2] && looksLikeValue(named[2])) out.push({ right: named[2].replace(/[.,;]+$/, ''), wrong: '', line: line.trim(), nearest: /^(?:user|log)/i.test(named[1]) ? 'username' : 'address' });
    else out.push(...found);
    // What no pattern above reads ("jaspreet.kaur22@nhs.net, not 21", "Sorry typo - GMC number is 7123465"): each
    // value the line states as right replaces the value it is a near-copy of, when it has one.
    const read = new Set(out.filter((c) => c.line === line.trim()).flatMap((c) => [c.right.toLowerCase(), c.wrong.toLowerCase()]));
    if (FIXING_CUE.test(line)) for (const right of valuesStatedRight(line)) if (!read.has(right.toLowerCase())) out.push({ right, wrong: '', line: line.trim(), nearest: 'like' });
  }
  return out;
}

const squash = (v: string): string => v.replace(/\s+/g, '').toLowerCase();

/**
 * Puts each corrected value in place of the one first written, wherever extraction took it (a field or the
 * organisation's code), with the correcting sentence as its evidence. A value matches when it is the wrong value
 * (spaces and case aside), or, for "not the reception one", an address that holds that word.
 */
export function applyCorrections(result: FieldResult, corrections: Correction[]): void {
  // A value first written that extraction never took ("jaspreet.kaur22@nhs.net, not 21"): the right value still
  // replaces the one it is a near-copy of.
  for (const c of corrections) if (!replaceWritten(result, c)) replaceNearCopy(result, c);
}

/** Puts the right value in place of the one the correction says was written; whether any was. */
function replaceWritten(result: FieldResult, c: Correction): boolean {
  // Only the right code written: the organisation's code as first read is the one corrected, wherever it is.
  const written = c.nearest === 'like' ? '' : c.nearest ? nearestValue(result.fields, c.right, c.nearest) ?? '' : c.wrong === '' ? result.organisation?.odsCode ?? '' : c.wrong;
  if (!written) return false;
  const wrong = squash(written);
  const rightIsAddress = c.right.includes('@');
  const matches = (value: string): boolean => {
    const v = squash(value);
    if (v === wrong) return true;
    // "not 672 195": the end of the number first written.
    if (/^\+?[\d ]+$/.test(c.right) && /^[\d ]+$/.test(written) && /^\+?[\d ]+$/.test(value) && wrong.length >= 5 && v.endsWith(wrong)) return true;
    return rightIsAddress && !looksLikeValue(written) && written.length >= 4 && value.includes('@') && v.split('@')[0]!.includes(wrong);
  };
  const fix = (value: unknown): string | null => (typeof value === 'string' && matches(value) ? (rightIsAddress ? c.right.toLowerCase() : c.right) : null);
  let replaced = false;
  const walk = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
      const childPath = `${path}.${key}`;
      const fixed = fix(child);
      if (fixed !== null) {
        (node as Record<string, unknown>)[key] = fixed;
        result.evidence[childPath] = c.line;
        replaced = true;
      } else walk(child, childPath);
    }
  };
  walk(result.fields, 'fields');
  if (result.organisation?.odsCode) {
    const fixed = fix(result.organisation.odsCode);
    if (fixed !== null) {
      result.organisation.odsCode = fixed.toUpperCase();
      result.evidence['organisation.odsCode'] = c.line;
      replaced = true;
    }
  }
  return replaced;
}

/**
 * A second thought that names only the new value: "Actually, please make it Rosalind Achterberg-Kaye instead:
 * rosalind.achterberg-kaye@nhs.net", "Please make it orchardhouse.admin@nhs.net instead". What it replaces is the
 * value of the same sort written last before it.
 */
export interface Replacement {
  name: string | null;
  email: string | null;
  line: string;
  /** Where the sentence starts in the text it was found in: only what was written before it can be replaced (all of it, for a form corrected). */
  at: number;
  /** The person replaced, when the sentence names them ("…, not Nathan Ellery"). */
  wrongName?: string | null;
}

const REPLACING = /\b(?:make\s+(?:it|that|this|them)|use|change\s+(?:it|that|this)\s+to|go\s+with|put\s+(?:down\s+)?|set\s+up)\s+(.{2,120}?)\s+instead\b([^.!?\n]*(?:\.(?=\S)[^.!?\n]*)*)/i;
/** "wrong email address, the right one is siobhan.nibhriain1@nhs.net": only the right value is written. */
const RIGHT_ONE = /\bthe\s+(?:right|correct)\s+(?:one|e-?mail(?:\s+address)?|address)\s+is\s+()([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)/i;
/** "wrong address for Leanne below, it's leanne.morris7@nhs.net": likewise. */
const WRONG_THEN_RIGHT = /\bwrong\s+(?:e-?mail(?:\s+address)?|address)\b[^.\n]{0,40}?\b(?:it['’]s|it\s+is|should\s+(?:be|read|have been)|use)\s+()([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)/i;
/**
 * "Owen's email address on the form is wrong - it should be owen.bradley2@…": the right value for one written in the
 * attachment, which may come after the sentence in the text read.
 */
const WRONG_ON_FORM = /\b(?:e-?mail(?:\s+address)?|address)\s+(?:on|in)\s+the\s+(?:attached\s+)?(?:form|letter|attachment)\s+(?:is|was|has)\s+(?:wrong|incorrect|a\s+typo|out\s+of\s+date|missing\s+(?:a|an|the)\s+[\w-]+|misspel[lt]\w*|spelt\s+wrong\w*|not\s+right|a\s+(?:letter|character|dot|hyphen)\s+missing)\b(?:[^.\n]|\.\s){0,24}?\b(?:it['’]s|it\s+is|should\s+(?:be|read|have been)|use|the\s+(?:right|correct)\s+one\s+is)\s+()([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)/i;
/** "the correct nominee is Natasha Ellery (natasha.ellery@nhs.net), not Nathan Ellery": a person for a person. */
const RIGHT_PERSON = /\bthe\s+(?:right|correct)\s+(?:nominee|person|name|user|contact|administrator|approver)\s+(?:is|should\s+(?:be|have\s+been))\s+(.{2,120}?)(?:\s*,?\s*\bnot\s+(.{2,60}?))?\s*(?:[-–—]\s|[.;!](?:\s|$)|$)/i;
const INSTEAD_FIRST = /\binstead\s*,?\s*(?:please\s+)?(?:make\s+(?:it|that|this)|use|change\s+(?:it|that|this)\s+to|go\s+with|put\s+(?:down\s+)?|set\s+up)\s+([^.!?\n]*(?:\.(?=\S)[^.!?\n]*)*)/i;

/** "The shared mailbox has now been created as riverbank.mp@nhs.net, so please use that one": the address, then "use that". */
const USE_THAT_ONE = /()([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)[^@.\n]{0,40}?\b(?:please\s+)?use\s+(?:that|this)(?:\s+one|\s+address|\s+instead)?\b/i;

/** A name that opens a span, after any title. */
const NAME_FIRST = new RegExp(`^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\\.?\\s+)?(${NAME_PATTERN})`, 'u');

/** The replacements the writer makes in `text`: a name, an address, or both, each sentence at most one. */
export function findReplacements(text: string): Replacement[] {
  const out: Replacement[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const onForm = WRONG_ON_FORM.exec(line);
    const person = RIGHT_PERSON.exec(line);
    const m = REPLACING.exec(line) ?? INSTEAD_FIRST.exec(line) ?? RIGHT_ONE.exec(line) ?? WRONG_THEN_RIGHT.exec(line) ?? onForm ?? person ?? USE_THAT_ONE.exec(line);
    // "If Tariq cannot, make it Fenella instead" is a fallback, not a second thought.
    if (m && !/\b(?:if|unless|otherwise|or)\b/i.test(line.slice(0, m.index ?? 0).split(/[.!?]\s/).pop() ?? '')) {
      const span = m === person ? m[1] ?? '' : `${m[1] ?? ''} ${m[2] ?? ''}`;
      const email = normaliseEmail(span.match(EMAIL_IN_TEXT)?.[0]);
      const written = NAME_FIRST.exec((m[1] ?? '').trim());
      const name = written?.[1] ? cleanPersonName(stripLeadingWords(written[1])) : null;
      // RIGHT_PERSON's second group is the person replaced, not more of the right value.
      const wrong = m === person && m[2] ? NAME_FIRST.exec(m[2].trim())?.[1] : null;
      // What the form says may be read after the sentence: all of it is what the writer corrects.
      // "Attached is the nomination we prepared, but Daniel has left, so please set up Agnieszka instead": the person
      // replaced is on the form, read after the sentence.
      const ofTheForm = m === onForm || /\b(?:attached|attachment|(?:the|this|our)\s+form)\b/i.test(line);
      if (email || name) out.push({ name, email, line: line.trim(), at: ofTheForm ? Number.POSITIVE_INFINITY : offset + (m.index ?? 0), wrongName: wrong ? cleanPersonName(wrong) : null });
    }
    offset += line.length + 1;
  }
  return out;
}

interface Candidate {
  path: string;
  holder: Record<string, unknown>;
  /** The holder's key of an address field (a person is replaced whole). */
  key: string;
  /** Where its value was last written before the replacing sentence. */
  at: number;
}

/**
 * Puts each replacement in place of the value of its sort written last before it: a person (an object with a name
 * and an address) when it names one, else an address field. A person's address the replacement does not give is
 * left empty rather than kept from the person replaced.
 */
export function applyReplacements(result: FieldResult, replacements: Replacement[], text: string): void {
  const lower = text.toLowerCase();
  for (const r of replacements) {
    // Extraction took the new value already (the first one was never read as the request's).
    if (holds(result.fields, r.email) || holds(result.fields, r.name)) continue;
    const before = lower.slice(0, r.at);
    // A form's fillable values are not in the text at all: a correction of the form may fix any of them.
    const anywhere = r.at === Number.POSITIVE_INFINITY;
    const people: Candidate[] = [];
    const addresses: Candidate[] = [];
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object' || Array.isArray(node)) return;
      const record = node as Record<string, unknown>;
      if ('name' in record && 'email' in record) {
        const written = [record.name, record.email].filter((v): v is string => typeof v === 'string' && v.length > 0).map((v) => before.lastIndexOf(v.toLowerCase()));
        const at = Math.max(anywhere ? 0 : -1, ...written);
        if (at >= 0) people.push({ path, holder: record, key: '', at });
        return;
      }
      for (const [key, child] of Object.entries(record)) {
        if (typeof child === 'string' && child.includes('@')) {
          const at = before.lastIndexOf(child.toLowerCase());
          if (at >= 0) addresses.push({ path: `${path}.${key}`, holder: record, key, at });
        } else walk(child, `${path}.${key}`);
      }
    };
    walk(result.fields, 'fields');
    const latest = (list: Candidate[]): Candidate | undefined => list.sort((a, b) => b.at - a.at)[0];
    // "…, not Nathan Ellery": the person the sentence names as wrong, wherever they were written.
    // Or "Daniel has since handed his notice in, so please set up Agnieszka Kowalczyk instead": the person the sentence
    // names besides the new one.
    const mentioned = (p: Candidate): boolean => typeof p.holder.name === 'string' && p.holder.name.split(/\s+/).some((w) => w.length >= 3 && !(r.name ?? '').toLowerCase().split(/\s+/).includes(w.toLowerCase()) && new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(r.line));
    const named = r.wrongName ? people.find((p) => typeof p.holder.name === 'string' && p.holder.name.toLowerCase() === r.wrongName?.toLowerCase()) : people.filter(mentioned).length === 1 ? people.find(mentioned) : undefined;
    const person = r.name ? named ?? latest(people) : undefined;
    if (person) {
      person.holder.name = r.name;
      person.holder.email = r.email;
      result.evidence[`${person.path}.name`] = r.line;
      if (r.email) result.evidence[`${person.path}.email`] = r.line;
      else delete result.evidence[`${person.path}.email`];
      continue;
    }
    if (!r.email) continue;
    // Only the right address written ("the right one is siobhan.nibhriain1@…"): the person's address it is a fix of,
    // the one that starts the same way.
    const fixed = people.filter((p) => typeof p.holder.email === 'string' && (commonStart(String(p.holder.email), r.email ?? '') >= 4 || likeness(String(p.holder.email), r.email ?? '') >= 0.6)).sort((a, b) => b.at - a.at)[0];
    if (fixed && !r.name) {
      fixed.holder.email = r.email;
      result.evidence[`${fixed.path}.email`] = r.line;
      continue;
    }
    const field = latest(addresses);
    // The first address written again after the second thought is still meant: nothing to replace.
    if (!field || lower.indexOf(String(field.holder[field.key]).toLowerCase(), r.at) >= 0) continue;
    field.holder[field.key] = r.email;
    result.evidence[field.path] = r.line;
  }
}

/** Whether any value in `node` is `value` (case aside). */
function holds(node: unknown, value: string | null): boolean {
  if (value === null) return false;
  if (typeof node === 'string') return node.toLowerCase() === value.toLowerCase();
  if (Array.isArray(node)) return node.some((n) => holds(n, value));
  return !!node && typeof node === 'object' && Object.values(node).some((n) => holds(n, value));
}

/** How many characters two addresses share from their start. */
function commonStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i]?.toLowerCase() === b[i]?.toLowerCase()) i++;
  return i;
}

/**
 * The value in `fields` of the sort a correction names that is most like the right one (a typo fixed, a name
 * lengthened): a login under a username key, an address, a phone under a phone key. With one such value it is that one.
 */
function nearestValue(fields: Record<string, unknown>, right: string, sort: ValueSort): string | null {
  const candidates: string[] = [];
  const visit = (node: unknown, key: string): void => {
    if (typeof node === 'string') {
      const fits = sort === 'username' ? /user\s*name|login/i.test(key) : sort === 'phone' ? /phone/i.test(key) : node.includes('@') && !/user\s*name|login/i.test(key);
      if (fits && node.toLowerCase() !== right.toLowerCase()) candidates.push(node);
    } else if (node && typeof node === 'object') for (const [k, child] of Object.entries(node)) visit(child, k);
  };
  visit(fields, '');
  if (candidates.length === 1) return candidates[0] ?? null;
  const best = candidates.sort((a, b) => likeness(b, right) - likeness(a, right))[0];
  return best !== undefined && likeness(best, right) >= 0.3 ? best : null;
}

/**
 * Puts a value a correcting line states as right in place of the one value extraction took that it is a near-copy of
 * (the same kind of value, a character or two apart: a typo fixed) or that the line gives up ("t.wong was my old
 * address"). Nothing changes when extraction already took the right value, or when two different values fit.
 */
function replaceNearCopy(result: FieldResult, c: Correction): void {
  const right = c.right;
  if (holds(result.fields, right) || result.organisation?.odsCode?.toLowerCase() === right.toLowerCase()) return;
  const isAddress = right.includes('@');
  const taken: string[] = [];
  const collect = (node: unknown): void => {
    if (typeof node === 'string') taken.push(node);
    else if (node && typeof node === 'object') for (const child of Object.values(node)) collect(child);
  };
  collect(result.fields);
  if (result.organisation?.odsCode) taken.push(result.organisation.odsCode);
  const nearCopy = (value: string): boolean => {
    if (/\s/.test(value) || value.includes('@') !== isAddress || value.toLowerCase() === right.toLowerCase()) return false;
    if (isAddress) {
      const [local, domain] = value.toLowerCase().split('@');
      const [rightLocal, rightDomain] = right.toLowerCase().split('@');
      if (domain !== rightDomain || !local || !rightLocal) return false;
      return givenUpIn(c.line, value) || editDistance(local, rightLocal) <= Math.max(2, Math.floor(rightLocal.length / 8));
    }
    if (!/\d/.test(value) || Math.abs(value.length - right.length) > 1) return false;
    const distance = editDistance(value.toUpperCase(), right.toUpperCase());
    return givenUpIn(c.line, value) || (distance <= 2 && distance * 3 <= right.length);
  };
  const fits = [...new Set(taken.filter(nearCopy))];
  if (fits.length !== 1) return;
  const wrong = fits[0] ?? '';
  // Written as the value it replaces was: an address in lower case, a code in capitals when it was in capitals.
  const written = isAddress ? right.toLowerCase() : wrong === wrong.toUpperCase() ? right.toUpperCase() : right;
  replaceWritten(result, { right: written, wrong, line: c.line });
}

/** How alike two values are before any @: 1 less their edit distance over the longer one's length. */
function likeness(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.toLowerCase().replace(/@.*$/, ''));
  return 1 - editDistance(x ?? '', y ?? '') / Math.max(1, x?.length ?? 0, y?.length ?? 0);
}
