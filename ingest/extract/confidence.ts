/**
 * Honest uncertainty (issue 9): every extracted value gets a confidence from where it was read and from what the
 * rest of the email says about it. A value below {@link HINT_THRESHOLD} is left null (so the card shows it as
 * missing, which staff see) and offered as a hint instead (which staff must check), because a wrong value on a
 * card looks right and a missing one does not.
 */
import { editDistance } from './edit-distance.js';
import { cleanPersonName, escapeRegExp, isPcseMailbox } from './field-helpers.js';

export { editDistance };
import { emailMatchesName, letters } from './participants.js';
import { nameSpelledByAddress } from './names-from-addresses.js';
import { isPersonalAddress } from '../../core/domain/people.js';
import type { Doubt } from './fields/context.js';
import { namedSigners, roleSaidOfAnother, samePerson } from './role-holders.js';

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
/** What the card shows before the evidence of a value read by OCR (templates/cards shows evidence as it is). */
export const READ_FROM_SCAN = 'read from a scan: check';
const SCAN_EVIDENCE = /^read from a scan: check \(OCR page \d+, confidence (\d+) %\): ([\s\S]*)$/;

/**
 * Below this tesseract line confidence an OCR'd value is a hint, not a value. Line confidence alone does not
 * separate a misread character from a stray mark (0.73 for "nbhs.net", 0.76 for a right address followed by a
 * speck), so it only catches poor lines; near-miss domains are caught by {@link looksLikeMisreadDomain}.
 */
export const OCR_LINE_MIN_CONFIDENCE = 0.6;

/** Domains an OCR misreading most often lands next to; a scanned address one or two letters away is doubtful. */
const COMMON_DOMAINS = ['nhs.net', 'nhs.uk'];

function looksLikeMisreadDomain(value: unknown): boolean {
  if (typeof value !== 'string' || !value.includes('@')) return false;
  const domain = value.slice(value.lastIndexOf('@') + 1).toLowerCase();
  return COMMON_DOMAINS.some((d) => domain !== d && editDistance(domain, d) <= 2);
}

/**
 * What makes a value read by OCR doubtful whatever the line's confidence: a domain near an NHS one; an NHSmail
 * address with no dot before the @ (NHSmail addresses are "forename.surname": OCR dropped a part); a colon inside
 * a name or role ("GR Partner: SIE": the next box's label read into the value).
 */
function scanDoubt(value: unknown): Doubt | undefined {
  if (looksLikeMisreadDomain(value)) return { c: 0.3, reason: 'read from a scan, and its domain looks like a misread of an NHS domain' };
  if (typeof value !== 'string') return undefined;
  if (/^[^@.\s]+@nhs\.net$/i.test(value)) return { c: 0.3, reason: 'read from a scan, and an NHSmail address has a dot before the @: part of it may be missing' };
  if (!value.includes('@') && /\S:\s*\S/.test(value)) return { c: 0.3, reason: 'read from a scan, and a label seems to have run into the value' };
  return undefined;
}

/** An NHSmail address with no dot whose name part is the person's forename and surname run together, with the dot put back. */
function withNhsmailDot(email: string, name: string): string {
  const m = /^([a-z]+)(\d*)@nhs\.net$/i.exec(email);
  const words = name.split(/\s+/).map(letters).filter(Boolean);
  const [first, last] = [words[0] ?? '', words[words.length - 1] ?? ''];
  if (!m?.[1] || words.length < 2 || first.length < 2 || last.length < 2 || m[1].toLowerCase() !== `${first}${last}`) return email;
  return `${first}.${last}${m[2] ?? ''}@nhs.net`;
}

/** What kind of line a value was read from: a labelled line ("Email: …"), a sign-off ("Name / Role") or prose. */
function sourceClass(evidence: string): 'labelled' | 'slash' | 'prose' | 'other' {
  if (SCAN_EVIDENCE.test(evidence) || /^PDF field |From header/.test(evidence)) return 'other';
  if (/^[^:]{1,60}:\s*\S/.test(evidence)) return 'labelled';
  return / \/ /.test(evidence) ? 'slash' : 'prose';
}

function sourceConfidence(evidence: string | undefined): number {
  if (!evidence) return 0.6;
  const scan = SCAN_EVIDENCE.exec(evidence);
  if (scan) {
    const ocr = Number(scan[1]) / 100;
    return ocr < OCR_LINE_MIN_CONFIDENCE ? Math.min(ocr, HINT_THRESHOLD - 0.05) : Math.min(ocr, sourceConfidence(scan[2]));
  }
  if (/^PDF field /.test(evidence)) return 0.95;
  if (/^From header|From header\b/.test(evidence)) return 0.75;
  if (/^[^:]{1,60}:\s*\S/.test(evidence)) return 0.9;
  if (/ \/ /.test(evidence)) return 0.8;
  return 0.7;
}

/** Words of a shared mailbox's or a team's display name ("Primary Care Team (NHS Lowmoor ICB)"): nobody's name. */
const MAILBOX_WORDS = /\b(approvals?|admin|team|mailbox|enquiries|office|reception|support|notifications?|no-?reply|department|dept)\b/i;

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
 * holding one of them is a value from the wrong place). `readerDoubts` are the field readers' own (a fallback guess).
 */
/** A word that says what kind of site a name is ("Surgery", "Health Centre", "Pharmacy", "Branch"). */
const NAMES_A_KIND_OF_SITE = /\b(?:Surgery|Practice|Centre|Center|Clinic|Pharmacy|Chemists?|Dental|Dentistry|Dentists?|Opticians?|Optometrists?|Optical|Eyecare|Eye Care|Vision|PCN|Network|Partnership|Group|Hospice|Hospital|Trust|Branch|Site|Service|Unit|Laboratory|Healthcare|Medical)\b/i;

/**
 * A half of a name completed from the person's NHSmail-style address (forename.surname, digits after): a surname read
 * alone that is the address's surname takes its forename; forenames read alone whose first is the address's forename
 * take its surname. Null when the address does not agree with the half read.
 */
function completedByAddress(name: string, email: string, line: string): string | null {
  const m = /^([a-z]{2,20})\.([a-z]{2,30}(?:-[a-z]{2,30})?)\d*@/.exec(email.toLowerCase());
  if (!m?.[1] || !m[2]) return null;
  const [forename, surname] = [m[1], m[2]];
  // "nidhomhnaill@" is "Ní Dhomhnaill", "obrien@" "O'Brien": an address cannot give such a surname back as written.
  if (/^(?:ni|nic|mac|mc|de|van|von|le|la|di|da|al|el|st)(?=[a-z]{3})|^o(?=brien|connor|neill|sullivan|donnell|reilly|mahony|keefe|leary|hara|driscoll|shea|callaghan|rourke|dwyer|malley|toole|grady|halloran|kane|mara)/.test(surname)) return null;
  const words = name.trim().split(/\s+/);
  // "Priya Chauhan" beside "priya.chauhanl@": the surname is there, read differently (a digit read as a letter).
  if (words.some((w) => w.length >= 4 && w.toLowerCase() !== surname && (surname.startsWith(w.toLowerCase().slice(0, 4)) || w.toLowerCase().startsWith(surname.slice(0, 4))))) return null;
  // "Aoife Me": a speck read as a second forename.
  if (words.length === 2 && (words[1] ?? '').length < 3) return null;
  const cap = (w: string): string => w.split('-').map((p) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase()).join('-');
  const lower = words.map((w) => w.toLowerCase());
  if (words.length === 1 && lower[0] === surname) return `${cap(forename)} ${cap(words[0] ?? '')}`;
  // Two words only under a forename's label ("First name: Gurpreet Kaur"): else they may be a whole name the address differs from.
  const forenamesOnly = words.length === 1 || /\b(?:first\s+names?|forenames?|given\s+names?)\s*(?:\(s\))?\s*:/i.test(line);
  if (forenamesOnly && words.length <= 2 && lower[0] === forename && !lower.includes(surname)) return `${words.map(cap).join(' ')} ${cap(surname)}`;
  return null;
}

export function applyConfidence(fields: Record<string, unknown>, evidence: Record<string, string>, organisationNames: (string | null | undefined)[], readerDoubts: ReadonlyMap<string, Doubt> = new Map(), requestText = ''): { confidence: Record<string, number>; hints: Hint[] } {
  const confidence: Record<string, number> = {};
  const hints: Hint[] = [];
  const doubts = new Map<string, Doubt>(readerDoubts);
  const orgs = new Set(organisationNames.filter((n): n is string => !!n).map((n) => n.toLowerCase()));
  const persons = people(fields);
  for (const { path, obj } of persons) {
    const email = typeof obj.email === 'string' ? obj.email : null;
    // "Patel Anita" beside anita.patel@: the text wrote the surname first, and the person's own address says so.
    if (typeof obj.name === 'string' && email) obj.name = orderedByAddress(obj.name, email);
    // "Surname EDWARDS" beside chloe.edwards@, "First name Gurpreet Kaur" beside gurpreet.dhillon3@: a scan that lost the
    // other half of the name; NHSmail's forename.surname gives it back where the half read agrees with it.
    if (typeof obj.name === 'string' && email && SCAN_EVIDENCE.test(evidence[`${path}.name`] ?? '')) {
      const whole = completedByAddress(obj.name, email, evidence[`${path}.name`] ?? '');
      if (whole) {
        obj.name = whole;
        evidence[`${path}.name`] = `${evidence[`${path}.name`] ?? ''} / completed from ${email}`;
      }
    }
    const name = typeof obj.name === 'string' ? obj.name : null;
    // "alasdairkerr@nhs.net" read from a scan beside "Alasdair Kerr": NHSmail writes forename.surname, and the dot
    // OCR lost goes back where the name puts it.
    if (email && name && SCAN_EVIDENCE.test(evidence[`${path}.email`] ?? '')) obj.email = withNhsmailDot(email, name);
    // PCSE's own mailboxes (the To of every request) are nobody's address in a request.
    const pcseMailbox = isPcseMailbox(email);
    if (pcseMailbox) doubts.set(`${path}.email`, { c: 0.1, reason: 'is a PCSE mailbox, not the person\'s address' });
    // "Open Exeter team - by email: pcse.openexeter@nhs.net": the name read beside PCSE's mailbox is the mailbox's.
    if (pcseMailbox && name && evidence[`${path}.name`] !== undefined && evidence[`${path}.name`] === evidence[`${path}.email`]) doubts.set(`${path}.name`, { c: 0.1, reason: 'was read beside a PCSE mailbox: it names the mailbox, not a person' });
    const roleLine = evidence[`${path}.role`];
    // A role read from prose that states it of someone else ("on behalf of Dr Aisling Moran, GP Partner").
    if (typeof obj.role === 'string' && roleLine && sourceClass(roleLine) === 'prose' && roleSaidOfAnother(roleLine, name, email)) {
      doubts.set(`${path}.role`, { c: 0.3, reason: 'the line it was read from states it of another person' });
    }
    // An approver or signatory taken from the writer (From header) while the text says someone else signed or approved.
    if (/(?:^|\.)(?:approver|signatory)$/.test(path) && /From header/.test(evidence[`${path}.name`] ?? evidence[`${path}.email`] ?? '')) {
      const other = namedSigners(requestText).find((s) => !samePerson(s.name, name, email));
      if (other) {
        const reason = `taken from the email's sender, but the email says ${other.name} signed or approved`;
        for (const k of ['name', 'email']) doubts.set(`${path}.${k}`, { c: 0.3, reason });
        if (roleLine && !roleLine.includes(other.line) && !other.line.includes(roleLine)) doubts.set(`${path}.role`, { c: 0.3, reason });
        continue;
      }
    }
    if (!name) continue;
    // "O'DONNELL-REYES" from a scan whose forename was misread away: a surname alone is not the person's name.
    if (!/\s/.test(name.trim()) && SCAN_EVIDENCE.test(evidence[`${path}.name`] ?? '')) {
      doubts.set(`${path}.name`, { c: 0.3, reason: 'read from a scan as a surname alone' });
      continue;
    }
    // "S Iqbal", "J. Okoro": a forename given only as an initial is not the person's name as the email may give it elsewhere.
    // Only where the email writes the forename out ("Jane Okoro" above "J. Okoro"): initials the person goes by
    // everywhere in the email ("D J Whitlock", dj.whitlock@) are their name as PCSE will have it.
    if (/^\p{L}\.?\s/u.test(name) && fullerForenameWritten(name, requestText)) {
      doubts.set(`${path}.name`, { c: 0.45, reason: 'gives only an initial for the forename' });
      continue;
    }
    // A shared mailbox's or a team's display name in a person's role.
    if (MAILBOX_WORDS.test(name)) {
      doubts.set(`${path}.name`, { c: 0.2, reason: 'reads as a mailbox or a team, not a person' });
      continue;
    }
    // An organisation's name in a person's role ("Kestrel Way Medical Group" as a main contact).
    if (orgs.has(name.toLowerCase()) || (ORG_WORDS.test(name) && !cleanPersonName(name)?.includes(' ')) || /\b(Surgery|Practice|Medical Group|Health Centre|PCN|Pharmacy|Opticians?)$/.test(name)) {
      doubts.set(`${path}.name`, { c: 0.2, reason: 'reads as an organisation, not a person' });
      continue;
    }
    // A name read from a scan whose surname is not the one its own address spells: OCR split or misread it.
    // Not against an address that is itself misread ("priyva.nairx@nAs.net" beside "PRIYA NAIR"): its domain shows it is
    // the worse reading, and it is doubted for that on its own.
    if (email && SCAN_EVIDENCE.test(evidence[`${path}.name`] ?? '') && !(SCAN_EVIDENCE.test(evidence[`${path}.email`] ?? '') && looksLikeMisreadDomain(email))) {
      // "anjali.mehtal@" under "Anjali Mehta": OCR read the digit NHSmail adds to a taken address as a letter l.
      const digit = digitReadAsLetter(name, email);
      if (digit) obj.email = digit;
      const checked = checkScannedSurname(name, digit ?? email);
      if (checked.repaired) obj.name = checked.repaired;
      else if (checked.doubt) {
        doubts.set(`${path}.name`, { c: 0.3, reason: `read from a scan, and its surname is not the one ${email} spells` });
        // "Nadia Farooq" beside "nadia.faroog@": a letter or two apart, so either reading may be the misread one.
        if (SCAN_EVIDENCE.test(evidence[`${path}.email`] ?? '') && surnameNearlySpelt(name, email)) {
          doubts.set(`${path}.email`, { c: 0.3, reason: `read from a scan, and it spells the surname read beside it (${name}) a letter or two differently` });
        }
        continue;
      }
      if (forenameMisread(name, email)) {
        doubts.set(`${path}.name`, { c: 0.3, reason: `read from a scan, and its forename is a letter or two from the one ${email} spells` });
        continue;
      }
    }
    // A personal address ("first.last@") that spells neither of the name's words belongs to someone else.
    if (email && !pcseMailbox && isPersonalAddress(email) && !emailMatchesName(email, name) && !sharesAWord(email, name)) {
      doubts.set(`${path}.name`, { c: 0.3, reason: `does not match the address ${email}` });
    }
  }
  // A user's address that spells nothing of their login ("seren.pryce@" for MDOYLE4): another person's address.
  for (const { path, obj } of persons) {
    const email = typeof obj.email === 'string' ? obj.email : null;
    if (email && typeof obj.username === 'string' && !addressFitsLogin(email, obj.username)) {
      doubts.set(`${path}.email`, { c: 0.3, reason: `spells nothing of the username ${obj.username}` });
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
  // One organisation's phone or address given to a second one from the same line of prose ("main practice …,
  // 01872 555 400, … branch …, 01872 555 417"): the line did not say whose it is, so the second copy is a guess.
  const contact = new Map<string, string>();
  walk(fields, 'fields', (path, value) => {
    const leaf = path.slice(path.lastIndexOf('.') + 1);
    const line = evidence[path];
    if ((leaf !== 'phone' && leaf !== 'address') || typeof value !== 'string' || !line || /^PDF field /.test(line)) return;
    const key = `${leaf}|${value.replace(/\s+/g, '').toLowerCase()}|${line}`;
    const first = contact.get(key);
    if (first) doubts.set(path, { c: 0.4, reason: `the same ${leaf} and line as ${first.replace(/^fields\./, '')}` });
    else contact.set(key, path);
  });
  // The names as read: a name left out below still agrees, letter for letter, with an address read beside it.
  const namesAsRead = new Map<unknown, unknown>(persons.map(({ obj }) => [obj, obj.name]));
  const addressesAsRead = new Map<unknown, unknown>(persons.map(({ obj }) => [obj, obj.email]));
  walk(fields, 'fields', (path, value, setNull, parent) => {
    const scanned = SCAN_EVIDENCE.test(evidence[path] ?? '');
    // "Maarside Health Genre" (Moorside Health Centre, a phone photo): a site's name read from a scan with no word of what
    // kind of site it is has lost that word to OCR.
    const siteName = scanned && /(?:Practice|branch)\.name$/.test(path) && typeof value === 'string' && !NAMES_A_KIND_OF_SITE.test(value) ? { c: 0.3, reason: 'read from a scan, and no word in it says what kind of site it is' } : undefined;
    // "Email: pcse.portalenquiries@nhs.net" in PCSE's own signature, quoted under a reply: no account, username or
    // practice address a request asks about is PCSE's.
    const pcse = typeof value === 'string' && isPcseMailbox(value) ? { c: 0.1, reason: 'is a PCSE mailbox, not an address the request is about' } : undefined;
    const doubt = doubts.get(path) ?? pcse ?? siteName ?? (scanned ? scanDoubt(value) : undefined);
    const read = doubt ? doubt.c : sourceConfidence(evidence[path]);
    // A faint scanned address that spells the forename and surname read beside it ("denise.marlow@nhs.net" under
    // "DENISE MARLOW"): two readings agree letter for letter, which a misreading would not.
    // So does the name, for the same reason ("Ms Thandiwe Mokoena" over "thandiwe.mokoena@nhs.net", both faint).
    const agree = path.endsWith('.email') ? spellsWholeName(value, namesAsRead.get(parent) ?? parent.name) : path.endsWith('.name') && spellsWholeName(addressesAsRead.get(parent) ?? parent.email, value);
    const c = !doubt && scanned && read < HINT_THRESHOLD && agree ? HINT_THRESHOLD : read;
    if (c < HINT_THRESHOLD) {
      const reason = doubt?.reason ?? (scanned ? 'read from a scan with low OCR confidence' : 'weak evidence');
      hints.push({ path, value, confidence: c, reason, evidence: evidence[path] ?? null });
      setNull();
      delete evidence[path];
    } else confidence[path] = c;
  });
  return { confidence, hints };
}

/**
 * A scanned name against its own "forename.surname@" address: "Kerry-Ann Do yle" with kerryann.doyle@ is the surname
 * split by a gap OCR read into it (joined back); "Oluwaseun Ade emi" with o.adeyemi@ is a misreading (doubted).
 * An address of another shape says nothing about the name.
 */
/** The address with its last letter read as the digit 1, when without that letter it spells the name's surname. */
export function digitReadAsLetter(name: string, email: string): string | null {
  const [local, domain] = email.split('@');
  const m = /^(.*[._-])([a-z-]{2,})[lI|]$/i.exec(local ?? '');
  const surname = (name.trim().split(/\s+/).pop() ?? '').toLowerCase().normalize('NFD').replace(/[^a-z-]/g, '');
  return m?.[1] && m[2] && domain && m[2].toLowerCase() === surname ? `${m[1]}${m[2]}1@${domain}` : null;
}

export function checkScannedSurname(name: string, email: string): { repaired: string | null; doubt: boolean } {
  const spelt = surnameInAddress(email);
  if (!spelt) return { repaired: null, doubt: false };
  const words = name.split(/\s+/);
  if (letters(words[words.length - 1] ?? '') === spelt) return { repaired: null, doubt: false };
  if (words.length >= 3 && letters(`${words[words.length - 2]}${words[words.length - 1]}`) === spelt) {
    return { repaired: [...words.slice(0, -2), `${words[words.length - 2]}${(words[words.length - 1] ?? '').toLowerCase()}`].join(' '), doubt: false };
  }
  return { repaired: null, doubt: true };
}

/** The surname an address spells after its separator, in letters ("faroog" in "nadia.faroog2@"), or null. */
function surnameInAddress(email: string): string | null {
  return /^[a-z-]+[._]([a-z-]{3,})\d*$/.exec((email.split('@')[0] ?? '').toLowerCase())?.[1]?.replace(/-/g, '') ?? null;
}

/** Whether an address's surname ("faroog" in "nadia.faroog@") is one or two letters from the surname of `name`. */
function surnameNearlySpelt(name: string, email: string): boolean {
  const spelt = surnameInAddress(email);
  const surname = letters(name.split(/\s+/).pop() ?? '');
  if (!spelt || surname.length < 4) return false;
  const d = editDistance(surname, spelt);
  return d > 0 && d <= 2;
}

/** Whether `text` writes out the forename that `name` ("J. Okoro", "D J Whitlock") gives only as an initial. */
function fullerForenameWritten(name: string, text: string): boolean {
  const words = name.replace(/\./g, ' ').trim().split(/\s+/);
  const surname = words[words.length - 1] ?? '';
  const initial = words[0] ?? '';
  if (!surname || surname.length < 2 || !text) return true;
  const escaped = escapeRegExp(surname);
  return new RegExp(`\\b${initial}\\p{Ll}{2,}(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s+${escaped}\\b`, 'u').test(text);
}

/**
 * A two-word name put in the order its owner's address spells it: "forename.surname@", "f.surname@", "fsurname@",
 * "forenamesurname@" (digits after any of them). Turned round only when the address fits the other order and not the
 * written one; an address that fits both orders or neither (a shared mailbox, a nickname) leaves the name as written.
 */
export function orderedByAddress(name: string, email: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2) return name;
  const [first, last] = words.map((w) => w.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')) as [string, string];
  if (first.length < 2 || last.length < 2) return name;
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/\d+$/, '');
  const fits = (forename: string, surname: string): boolean => {
    const parts = local.split(/[._]/).map((p) => p.replace(/[^a-z]/g, '')).filter(Boolean);
    if (parts.length === 2) return (parts[0] === forename || parts[0] === forename[0]) && parts[1] === surname;
    const joined = parts.join('');
    return parts.length === 1 && (joined === forename + surname || joined === `${forename[0]}${surname}`);
  };
  return fits(last, first) && !fits(first, last) ? `${words[1]} ${words[0]}` : name;
}

/**
 * A scanned forename one or two letters from the forename its own "forename.surname@" address spells ("Matgorzata"
 * with malgorzata.kowalczyk@): OCR misread a letter. A different forename altogether (a short form) says nothing.
 */
function forenameMisread(name: string, email: string): boolean {
  const m = /^([a-z]{3,})[._][a-z-]{2,}\d*$/.exec((email.split('@')[0] ?? '').toLowerCase());
  const first = letters(name.split(/\s+/)[0] ?? '');
  if (!m?.[1] || !first || first === m[1]) return false;
  const d = editDistance(first, m[1]);
  return d > 0 && d <= 2 && first.length >= 4;
}

/**
 * Open Exeter logins are an initial and the surname, cut short and numbered ("MZIELI1", "KPJONES1"): some four letters
 * of the login after its initial appear in the person's own address. A login without four such letters says nothing.
 */
export function addressFitsLogin(email: string, username: string): boolean {
  // Initial first ("PNAIR4") or last ("NAIRP"): any four letters in a row of it will do.
  const login = username.toLowerCase().replace(/[^a-z]/g, '');
  if (login.length < 5 || /@/.test(username)) return true;
  const local = (email.split('@')[0] ?? '').toLowerCase().replace(/[^a-z]/g, '');
  for (let i = 0; i + 4 <= login.length; i++) if (local.includes(login.slice(i, i + 4))) return true;
  return false;
}

function sharesAWord(email: string, name: string): boolean {
  const local = (email.split('@')[0] ?? '').toLowerCase().normalize('NFD').replace(/[^a-z._-]/g, '');
  const parts = local.split(/[._-]/).filter((p) => p.length >= 3);
  const words = name.toLowerCase().normalize('NFD').replace(/[^a-z\s-]/g, '').split(/[\s-]+/).filter((w) => w.length >= 3);
  return parts.some((p) => words.some((w) => w.startsWith(p) || p.startsWith(w) || p.includes(w)));
}

function walk(obj: Record<string, unknown>, base: string, visit: (path: string, value: unknown, setNull: () => void, parent: Record<string, unknown>) => void): void {
  for (const [k, v] of Object.entries(obj)) {
    const path = `${base}.${k}`;
    if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    if (typeof v === 'object' && !Array.isArray(v)) walk(v as Record<string, unknown>, path, visit);
    else visit(path, v, () => { obj[k] = null; }, obj);
  }
}

/** An NHSmail address whose local part spells the name read beside it (names-from-addresses.ts decides what spells). */
function spellsWholeName(email: unknown, name: unknown): boolean {
  if (typeof email !== 'string' || typeof name !== 'string' || !/@nhs\.net$/i.test(email)) return false;
  if (nameSpelledByAddress(name, email) !== null) return true;
  // "O'DONNELL-REYES" beside "sian.odonnell-reyes@": a long surname spelt letter for letter by the address after
  // its dot agrees as surely as a whole name does.
  const surname = letters(name.trim().split(/\s+/).pop() ?? '');
  return surname.length >= 8 && surnameInAddress(email) === surname;
}
