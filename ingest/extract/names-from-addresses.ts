/**
 * A person whose address the email gives but whose name the readers left empty, named where the text writes the
 * name the address spells: "Chloe's email: chloe.adams22@nhs.net" with "our practice manager Chloe Adams" above it,
 * or "WOOD Jonathan" on the line over "jonathan.wood7@nhs.net". Only a pair of words that spells the whole local
 * part (forename and surname, in either order, or an initial and the surname) counts: a shared surname alone could
 * be anyone's.
 */
import type { Ev } from './fields/context.js';
import { EMAIL_IN_TEXT } from './field-helpers.js';
import { letters } from './participants.js';

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const NOT_NAME = /^(?:the|our|and|for|from|email|e-mail|address|dear|hi|hello|thanks|regards|please|nhs|net)$/i;

/** "WOOD" → "Wood", "o'neill" stays as written unless all capitals. */
function caseWord(w: string): string {
  return w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w;
}

/** The name the local part of `email` spells, as a pair of adjacent words in `text`, with the line it is on. */
export function nameSpelledByAddress(text: string, email: string): { name: string; line: string } | null {
  const local = letters((email.split('@')[0] ?? '').replace(/\d+/g, ''));
  if (local.length < 5) return null;
  for (const line of text.split('\n')) {
    const words = [...line.matchAll(WORD)].map((m) => m[0]);
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i] ?? '';
      const b = words[i + 1] ?? '';
      if (NOT_NAME.test(a) || NOT_NAME.test(b) || !/^\p{Lu}/u.test(a) || !/^\p{Lu}/u.test(b)) continue;
      const la = letters(a);
      const lb = letters(b);
      if (la.length < 2 || lb.length < 2) continue;
      // Forename first in the address: the name is written in that order, whatever order the text used.
      if (local === la + lb || local === la.charAt(0) + lb) return { name: `${caseWord(a)} ${caseWord(b)}`, line: line.trim() };
      if (local === lb + la || local === lb.charAt(0) + la) return { name: `${caseWord(b)} ${caseWord(a)}`, line: line.trim() };
    }
  }
  return null;
}

/** Visits every person-like object (one with a `name` or an `email` key) in the fields, however deep, with its path. */
function eachPerson(fields: Record<string, unknown>, visit: (person: Record<string, unknown>, at: string) => void, path = 'fields'): void {
  for (const [key, value] of Object.entries(fields)) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const person = value as Record<string, unknown>;
    const at = `${path}.${key}`;
    if ('name' in person || 'email' in person) visit(person, at);
    eachPerson(person, visit, at);
  }
}

/** Fills `name` of every `{ name: null, email }` person in the fields, where the text spells that address's name. */
export function fillNamesFromAddresses(fields: Record<string, unknown>, text: string, ev: Ev): void {
  eachPerson(fields, (person, at) => {
    if (!('name' in person) || person.name != null || typeof person.email !== 'string' || !person.email) return;
    const found = nameSpelledByAddress(text, person.email);
    if (found) {
      person.name = found.name;
      ev[`${at}.name`] = found.line;
    }
  });
}

/** Words of a name, accent- and case-free, in order: "NOWICKI, Dariusz" reordered and "Dariusz Nowicki" are one. */
const nameKey = (name: string): string => name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z\s'-]/g, ' ').split(/\s+/).filter(Boolean).join(' ');

/**
 * Fills `email` of every `{ name, email: null }` person in the fields whose whole name is the display name of a
 * header's author (From, Cc, a forwarded or quoted message's From): "Created by (name): NOWICKI, DARIUSZ" in a
 * notice Dariusz Nowicki forwards is him, at his address. Two words at least, and only one address per name, so a
 * team's display name or two people of one name give nothing.
 */
export function fillAddressesFromHeaders(fields: Record<string, unknown>, authors: readonly { name: string | null; email: string | null }[], ev: Ev): void {
  const byName = new Map<string, Set<string>>();
  for (const a of authors) {
    if (!a.name || !a.email) continue;
    const key = nameKey(a.name);
    if (key.split(' ').length < 2) continue;
    byName.set(key, (byName.get(key) ?? new Set()).add(a.email.toLowerCase()));
  }
  eachPerson(fields, (person, at) => {
    if (!('email' in person) || person.email != null || typeof person.name !== 'string' || !person.name) return;
    const addresses = byName.get(nameKey(person.name));
    const [only] = addresses && addresses.size === 1 ? [...addresses] : [];
    if (only) {
      person.email = only;
      ev[`${at}.email`] = `message header: ${person.name} <${only}>`;
    }
  });
}

/**
 * Fills `email` of every `{ name, email: null }` person in the fields from the one address in the text that spells
 * their whole name ("signed by Alistair Fenwick … Alistair's email is alistair.fenwick@nhs.net"), when no other
 * person in the fields has it already. A surname alone spells nothing here either.
 */
export function fillAddressesFromText(fields: Record<string, unknown>, text: string, ev: Ev): void {
  const taken = new Set<string>();
  eachPerson(fields, (person) => {
    if (typeof person.email === 'string' && person.email) taken.add(person.email.toLowerCase());
  });
  const addresses = [...new Set([...text.matchAll(EMAIL_IN_TEXT)].map((m) => m[0].replace(/[.,;]+$/, '').toLowerCase()))].filter((a) => !taken.has(a));
  eachPerson(fields, (person, at) => {
    if (!('email' in person) || person.email != null || typeof person.name !== 'string' || !person.name.includes(' ')) return;
    const name = person.name;
    const spelling = addresses.filter((a) => nameSpelledByAddress(name, a));
    const [only] = spelling.length === 1 ? spelling : [];
    if (!only) return;
    person.email = only;
    taken.add(only);
    ev[`${at}.email`] = text.split('\n').find((l) => l.toLowerCase().includes(only))?.trim() ?? only;
  });
}

/** "the email address on the form has a typo - it should be jas.kaur-bedi@nhs.net": the writer's own correction. */
const ADDRESS_CORRECTED = /\b(?:e-?mail|address)\b[^.\n]{0,80}?\b(?:should\s+(?:be|read|say)|is\s+actually|it['’]?s\s+actually|correct\s+(?:one|address|e-?mail)\s+is)\s*:?\s*<?([a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+)/i;

/**
 * Replaces the address of the person a correction in the text is about ("it should be jas.kaur-bedi@nhs.net (with the
 * hyphen), not what's on the form"): the person whose name the corrected address spells, or whose address has the
 * same letters. Nobody's address is replaced on a guess.
 */
export function applyAddressCorrection(fields: Record<string, unknown>, text: string, ev: Ev): void {
  const m = ADDRESS_CORRECTED.exec(text);
  const corrected = m?.[1]?.replace(/[.,;]+$/, '').toLowerCase();
  if (!m || !corrected) return;
  const sameLetters = (a: string, b: string): boolean => letters(a.split('@')[0] ?? '').replace(/\d/g, '') === letters(b.split('@')[0] ?? '').replace(/\d/g, '');
  let done = false;
  eachPerson(fields, (person, at) => {
    if (done || typeof person.email !== 'string' || !person.email || person.email.toLowerCase() === corrected) return;
    const name = typeof person.name === 'string' ? person.name : '';
    if (!sameLetters(person.email, corrected) && !(name.includes(' ') && nameSpelledByAddress(name, corrected))) return;
    person.email = corrected;
    ev[`${at}.email`] = text.split('\n').find((l) => l.toLowerCase().includes(corrected))?.trim() ?? m[0];
    done = true;
  });
}
