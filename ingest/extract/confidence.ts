/**
 * Honest uncertainty (issue 9): every extracted value gets a confidence from where it was read and from what the
 * rest of the email says about it. A value below {@link HINT_THRESHOLD} is left null (so the card shows it as
 * missing, which staff see) and offered as a hint instead (which staff must check), because a wrong value on a
 * card looks right and a missing one does not.
 */
import { cleanPersonName } from './field-helpers.js';
import { emailMatchesName } from './participants.js';

export interface Hint {
  /** Contract path of the value, as in `evidence` ("fields.nominee.name"). */
  path: string;
  value: unknown;
  confidence: number;
  /** Why it was not trusted. */
  reason: string;
  evidence: string | null;
}

/**
 * Below this a value becomes a hint. Set where the checks below fire: each is a sign of a person in the wrong
 * role or a value from the wrong place, and none fires on a value read from a labelled form field that agrees
 * with the rest of the email (measured on the four corpora: no right value hinted; see the issue-9 note).
 */
export const HINT_THRESHOLD = 0.5;

/** Where a value was read, by its evidence line. */
function sourceConfidence(evidence: string | undefined): number {
  if (!evidence) return 0.6;
  if (/^PDF field /.test(evidence)) return 0.95;
  if (/^From header|From header\b/.test(evidence)) return 0.75;
  if (/^[^:]{1,60}:\s*\S/.test(evidence)) return 0.9;
  if (/ \/ /.test(evidence)) return 0.8;
  return 0.7;
}

const ORG_WORDS = /\b(Surgery|Practice|Medical|Group|Health|Centre|Center|PCN|Pharmacy|Chemists?|Opticians?|Dental|Clinic|Partnership|Trust|ICB|Network|Services?|Limited|Ltd|Valley|Road|Street|Lane)\b/;

/** Person objects of the kind's fields: { path, name, email } where both keys exist. */
function people(fields: Record<string, unknown>, base = 'fields'): { path: string; obj: Record<string, unknown> }[] {
  const out: { path: string; obj: Record<string, unknown> }[] = [];
  for (const [k, v] of Object.entries(fields)) {
    if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
    const obj = v as Record<string, unknown>;
    if ('name' in obj && 'email' in obj) out.push({ path: `${base}.${k}`, obj });
    out.push(...people(obj, `${base}.${k}`));
  }
  return out;
}

/**
 * Scores every filled leaf of `fields`, moves the doubtful ones to hints (the field becomes null) and returns the
 * confidences of the values kept. `organisationNames` are names of organisations the email gives (a person's role
 * holding one of them is a value from the wrong place).
 */
export function applyConfidence(fields: Record<string, unknown>, evidence: Record<string, string>, organisationNames: (string | null | undefined)[]): { confidence: Record<string, number>; hints: Hint[] } {
  const confidence: Record<string, number> = {};
  const hints: Hint[] = [];
  const doubts = new Map<string, { c: number; reason: string }>();
  const orgs = new Set(organisationNames.filter((n): n is string => !!n).map((n) => n.toLowerCase()));
  const persons = people(fields);
  for (const { path, obj } of persons) {
    const name = typeof obj.name === 'string' ? obj.name : null;
    const email = typeof obj.email === 'string' ? obj.email : null;
    // PCSE's own mailboxes (the To of every request) are nobody's address in a request.
    const pcseMailbox = !!email && /^pcse\.[a-z]+@/i.test(email);
    if (pcseMailbox) doubts.set(`${path}.email`, { c: 0.1, reason: 'is a PCSE mailbox, not the person\'s address' });
    if (!name) continue;
    // An organisation's name in a person's role ("Kestrel Way Medical Group" as a main contact).
    if (orgs.has(name.toLowerCase()) || (ORG_WORDS.test(name) && !cleanPersonName(name)?.includes(' ')) || /\b(Surgery|Practice|Medical Group|Health Centre|PCN|Pharmacy|Opticians?)$/.test(name)) {
      doubts.set(`${path}.name`, { c: 0.2, reason: 'reads as an organisation, not a person' });
      continue;
    }
    // A personal address ("first.last@") that spells neither of the name's words belongs to someone else.
    if (email && !pcseMailbox && personalAddress(email) && !emailMatchesName(email, name) && !sharesAWord(email, name)) {
      doubts.set(`${path}.name`, { c: 0.3, reason: `does not match the address ${email}` });
    }
  }
  // The same person in two roles, unless the evidence is one line naming both (the email says so).
  for (let i = 0; i < persons.length; i++) {
    for (let j = i + 1; j < persons.length; j++) {
      const a = persons[i];
      const b = persons[j];
      if (!a || !b) continue;
      const ea = typeof a.obj.email === 'string' ? a.obj.email.toLowerCase() : null;
      const eb = typeof b.obj.email === 'string' ? b.obj.email.toLowerCase() : null;
      if (!ea || ea !== eb) continue;
      const evA = evidence[`${a.path}.email`];
      const evB = evidence[`${b.path}.email`];
      // Read from one form field or one line for both roles: the second role copied the first.
      if (evA && evA === evB && /^PDF field /.test(evA)) doubts.set(`${b.path}.email`, { c: 0.3, reason: `the same form field as ${a.path.replace(/^fields\./, '')}` });
    }
  }
  walk(fields, 'fields', (path, value, setNull) => {
    const doubt = doubts.get(path);
    const c = doubt ? doubt.c : sourceConfidence(evidence[path]);
    if (c < HINT_THRESHOLD) {
      hints.push({ path, value, confidence: c, reason: doubt?.reason ?? 'weak evidence', evidence: evidence[path] ?? null });
      setNull();
      delete evidence[path];
    } else confidence[path] = c;
  });
  return { confidence, hints };
}

function personalAddress(email: string): boolean {
  const local = email.split('@')[0] ?? '';
  return /^[a-z]+[._-][a-z]+(?:[._-][a-z]+)?\d*$/i.test(local) && !/\b(admin|practice|surgery|reception|enquiries|team|office|info|mailbox|generic|opticians?|optometrists?|pharmacy|chemists?|dental|dentists?|medical|health|centre|center|clinic|pcn|group|partnership|manager|accounts|contact)\b/i.test(local.replace(/[._-]/g, ' '));
}

function sharesAWord(email: string, name: string): boolean {
  const local = (email.split('@')[0] ?? '').toLowerCase().normalize('NFD').replace(/[^a-z._-]/g, '');
  const parts = local.split(/[._-]/).filter((p) => p.length >= 3);
  const words = name.toLowerCase().normalize('NFD').replace(/[^a-z\s-]/g, '').split(/[\s-]+/).filter((w) => w.length >= 3);
  return parts.some((p) => words.some((w) => w.startsWith(p) || p.startsWith(w) || p.includes(w)));
}

function walk(obj: Record<string, unknown>, base: string, visit: (path: string, value: unknown, setNull: () => void) => void): void {
  for (const [k, v] of Object.entries(obj)) {
    const path = `${base}.${k}`;
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === 'object' && !Array.isArray(v)) walk(v as Record<string, unknown>, path, visit);
    else visit(path, v, () => { obj[k] = null; });
  }
}
