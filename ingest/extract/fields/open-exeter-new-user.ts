/** open_exeter_new_user_authorisation: the new user and who created them. */
import type { Person } from '../../../core/domain/case.js';
import { NAME_PATTERN, USERNAME_LABEL, clean, cleanPersonName, findPersonWithEmail, firstEmail, pick, reorderDisplayName, stripLeadingWords } from '../field-helpers.js';
import { labelledPerson } from './people.js';
import { nameSpelledByLogin, proseUsername } from './username.js';
import { emailMatchesName, sameNameInAnyOrder } from '../participants.js';
import { ORG_SUFFIX, set, ANY, type FieldContext, type Ev } from './context.js';

/** A label that asks for a login, not a person ("Created by (user ID)", "Creator login"). */
const LOGIN_ID_LABEL = /\b(?:user\s*id|user\s*name|username|login|log-in)\b/i;

export function newUser(ctx: FieldContext, ev: Ev): Record<string, unknown> {
  const CREATED = /\bcreated\b|\bcreator\b|\bprimary user\b|\bby\b/i;
  const p = labelledPerson(ctx.labelled, ANY, CREATED);
  // "USER NAME : KHAN, Zainab" over "USER ID : KHANZ03": a directory's "SURNAME, Forename" is the person, not a login.
  const un = pick(ctx.labelled, USERNAME_LABEL, (v) => (/^\s*\p{Lu}[\p{L}'’-]+,\s*\p{Lu}\p{Ll}/u.test(v) ? null : clean(v.split(/\s/)[0] ?? null)), ANY, ANY, CREATED);
  if (p?.name) ev['fields.user.name'] = p.nameLine;
  if (p?.email) ev['fields.user.email'] = p.emailLine;
  // "Created by (user ID): NWANKWOB" above "Created by (name): NWANKWO, BLESSING": the login is not the person's name
  // (the label as read drops what is in brackets; the line keeps it).
  const creatorLogin = (v: { label: string; line: string }): boolean => CREATED.test(v.label) && LOGIN_ID_LABEL.test(v.line.split(/[:\t]/)[0] ?? '');
  const c = labelledPerson(ctx.labelled.filter((v) => !creatorLogin(v)), CREATED) ?? null;
  const createdLine = ctx.labelled.find((v) => CREATED.test(v.label) && !creatorLogin(v)) ?? ctx.labelled.find((v) => CREATED.test(v.label));
  let createdBy: Person = { name: c?.name?.value ?? null, email: c?.email?.value ?? null };
  if (c?.name) ev['fields.createdBy.name'] = c.nameLine;
  if (c?.email) ev['fields.createdBy.email'] = c.emailLine;
  // "Created by: Lowther, Gemma (Y02345)": the directory's "SURNAME, Forename" is the person "Forename SURNAME".
  // "FMCALL01 - MCALLISTER-BROWN, FIONA": the login first, then the directory's name.
  const reordered = createdLine ? reorderDisplayName(createdLine.value.trim().replace(/^[A-Z][A-Z0-9._-]{2,19}\s*[-–]\s+(?=\p{Lu}[\p{Lu}'’-]+,)/u, '')) : null;
  // "Added by: WOKONJO (OKONJO, Winifred - w.okonjo@nhs.net)": the login first, the directory's name in brackets.
  const inBrackets = createdLine ? BRACKETED_SURNAME_FIRST.exec(createdLine.value) : null;
  // "TREVITHICKS - MRS SIAN TREVITHICK", "HOLLISR (MRS REBECCA HOLLIS)": the login first, then the person.
  const afterLogin = createdLine ? LOGIN_THEN_NAME.exec(createdLine.value.trim()) : null;
  if (createdLine && afterLogin?.[1]) {
    createdBy = { name: cleanPersonName(afterLogin[1]), email: firstEmail(createdLine.value) ?? createdBy.email };
    if (createdBy.name) ev['fields.createdBy.name'] = createdLine.line;
  } else if (createdLine && inBrackets?.[1] && inBrackets[2]) {
    createdBy = { name: cleanPersonName(`${inBrackets[2]} ${inBrackets[1]}`), email: firstEmail(createdLine.value) ?? createdBy.email };
    if (createdBy.name) ev['fields.createdBy.name'] = createdLine.line;
    if (createdBy.email) ev['fields.createdBy.email'] = createdLine.line;
  } else if (createdLine && reordered && reordered !== createdLine.value.trim()) {
    createdBy = { name: cleanPersonName(reordered), email: firstEmail(createdLine.value) ?? createdBy.email };
    if (createdBy.name) ev['fields.createdBy.name'] = createdLine.line;
  } else if (!c && createdLine) {
    createdBy = { name: cleanPersonName(createdLine.value), email: firstEmail(createdLine.value) };
    if (createdBy.name) ev['fields.createdBy.name'] = createdLine.line;
    if (createdBy.email) ev['fields.createdBy.email'] = createdLine.line;
  }
  const user: Person = { name: p?.name?.value ?? null, email: p?.email?.value ?? null };
  // "User: Bethany Cole (BCOLE07)": a login in brackets after the name (no spaces, has a digit or is all capitals).
  const bracketed = p?.name ? /\(\s*([A-Za-z][A-Za-z0-9._-]{2,30})\s*\)/.exec(p.nameLine)?.[1] : undefined;
  const bracketedLogin = bracketed && (/\d/.test(bracketed) || /^[A-Z0-9._-]+$/.test(bracketed)) ? { value: bracketed, line: p?.nameLine ?? '' } : null;
  let userName = un ?? bracketedLogin ?? (p ? null : proseUsername(ctx.body));
  if (!p) {
    // Prose: "I have just created a new Open Exeter user for our new HCA, Priya Nair, user ID PNAIR4, email priya.nair7@nhs.net".
    const other = findPersonWithEmail(ctx.body, new Set(ctx.requester.email ? [ctx.requester.email] : []));
    if (other) {
      user.email = other.value.email;
      ev['fields.user.email'] = other.line;
      user.name = other.value.name ?? lastNameBefore(other.line, other.value.email);
      if (user.name) ev['fields.user.name'] = other.line;
    }
    if (userName && userName.value === user.email) userName = null;
    // "… for our new receptionist, Holly Grant. Her user ID is HGRANT5": no address, but the login spells the name.
    if (!user.name && userName) {
      const spelt = nameSpelledByLogin(ctx.body, userName.value);
      if (spelt) {
        user.name = spelt.value;
        ev['fields.user.name'] = spelt.line;
      }
    }
  }
  // "User Name : CHEN, WEI" in a system notification with no address to spell the name (which keeps its case): the directory's "SURNAME, FORENAME" in capitals is the person.
  const directoryName = user.name || user.email ? undefined : ctx.labelled.find((v) => /^user\s*name$/i.test(v.label.trim()) && /^\p{Lu}[\p{Lu}'’-]+,\s*\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+)?$/u.test(v.value.trim()));
  if (directoryName) {
    user.name = cleanPersonName(reorderDisplayName(directoryName.value.trim()));
    if (user.name) ev['fields.user.name'] = directoryName.line;
  }
  if (!createdBy.name && !createdBy.email) {
    // "A new user has been added by Primary User Maeve O'Sullivan (maeve.osullivan@nhs.net) for organisation L81642."
    for (const line of ctx.body.split('\n')) {
      const by = /\b(?:added|created|set up|registered)\s+by\s+(?:(?:the\s+|your\s+)?primary user\s+)?/i.exec(line);
      const person = by ? findPersonWithEmail(line.slice((by.index ?? 0) + by[0].length).split(/[.;](?:\s|$)/)[0] ?? '') : null;
      if (person?.value.name && person.value.email && person.value.email !== user.email) {
        createdBy = { name: person.value.name, email: person.value.email };
        ev['fields.createdBy.name'] = line.trim();
        ev['fields.createdBy.email'] = line.trim();
        break;
      }
    }
  }
  if (!c && !createdLine && /\b(?:I\s+(?:have\s+)?|I['’]?ve\s+|ive\s+)(?:just\s+)?(?:created|set\s?up|added|registered)\b/i.test(ctx.body) && (ctx.requester.name || ctx.requester.email)) {
    createdBy = { name: cleanPersonName(ctx.requester.name), email: ctx.requester.email };
    if (createdBy.name) ev['fields.createdBy.name'] = 'From header (the sender says they created the user)';
    if (createdBy.email) ev['fields.createdBy.email'] = 'From header (the sender says they created the user)';
  }
  // "Created By: BRENNAN, Moira" forwarded by Moira Brennan herself: the creator's address is the one she writes from.
  if (createdBy.name && !createdBy.email) {
    const people = [ctx.sender, ctx.requester, ...(ctx.participants ?? []), ...(ctx.copied ?? [])];
    // "Created by: RIDGEWAY, THOMAS" sent on by "Tom Ridgeway" <tom.ridgeway@…>: the surname, the initial and an address that spells them.
    const known = people.find((p) => p?.email && sameNameInAnyOrder(p.name, createdBy.name)) ?? people.find((p) => p?.email && shortFormOf(p.name, createdBy.name) && emailMatchesName(p.email, createdBy.name));
    if (known?.email) {
      createdBy.email = known.email.toLowerCase();
      ev['fields.createdBy.email'] = `From header: ${known.name ?? ''} <${known.email}> (the creator named in the notification)`;
    }
  }
  return { user: { ...user, username: set(ev, 'fields.user.username', userName) }, createdBy };
}

/** "Tom Ridgeway" and "THOMAS RIDGEWAY": one surname, and a forename whose letters run in order through the other's from its first. */
function shortFormOf(a: string | null | undefined, b: string | null | undefined): boolean {
  const words = (n: string | null | undefined): string[] => (n ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const [x, y] = [words(a), words(b)];
  if (x.length !== 2 || y.length !== 2 || x[1] !== y[1]) return false;
  const [short, long] = [x[0] ?? '', y[0] ?? ''].sort((p, q) => p.length - q.length) as [string, string];
  if (short.length < 3 || short[0] !== long[0]) return false;
  let at = 0;
  for (const c of short) {
    at = long.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

const LOGIN_THEN_NAME = /^[A-Z][A-Z0-9._-]{2,19}\s*(?:[-–]\s*|\(\s*)((?:(?:MRS|MR|MS|MISS|DR|MX)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\)?$/u;

const BRACKETED_SURNAME_FIRST = /\(\s*(\p{Lu}[\p{Lu}'’-]+),\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s*(?:[-–,)]|$)/u;

/** Names, each with its title, for matchAll; built once, as is the next (names' patterns compile slowly). */
const TITLED_NAME_RUNS = new RegExp(`(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\\.?\\s+)?(${NAME_PATTERN})`, 'gu');
/** A word that makes a name an organisation's, or the system's. */
const ORGANISATION_OR_SYSTEM = new RegExp(`\\b${ORG_SUFFIX}\\b|Open Exeter`, 'iu');

/** The last capitalised two-to-four-word name before an address on its line ("…new HCA, Priya Nair, user ID …, email x@"). */
function lastNameBefore(line: string, addr: string): string | null {
  const before = line.slice(0, Math.max(0, line.toLowerCase().indexOf(addr)));
  const names = [...before.matchAll(TITLED_NAME_RUNS)]
    .map((m) => (m[1] ? stripLeadingWords(m[1]) : null))
    .filter((x): x is string => !!x && x.split(/\s+/).every((w) => /\p{Ll}/u.test(w)) && !ORGANISATION_OR_SYSTEM.test(x));
  return cleanPersonName(names[names.length - 1] ?? null);
}
