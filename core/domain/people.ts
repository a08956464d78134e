import { classifyOdsCode } from './ods.js';

/**
 * People as emails name them: addresses, names and titles, and whether an nhs.net address is an
 * organisation (shared) mailbox or an individual's.
 */

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

/**
 * An address as we store it: trimmed, without `mailto:`, angle brackets, quotes or trailing
 * punctuation, lower-cased. Returns null unless the result looks like an address (a dot-atom local
 * part, RFC 5322 §3.4.1, and a dotted domain), so callers never store free text as an email.
 */
export function normaliseEmail(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let value = raw.trim().toLowerCase();
  value = value.replace(/^mailto:/, '');
  value = value.replace(/^[\s<("'[]+/, '').replace(/[\s>)"'\].,;:!?]+$/, '');
  value = value.replace(/^mailto:/, '');
  return EMAIL.test(value) ? value : null;
}

/** The part after the @, lower-cased, or null when the value is not an address. */
export function getEmailDomain(email: string | null | undefined): string | null {
  const normalised = normaliseEmail(email);
  return normalised ? normalised.slice(normalised.lastIndexOf('@') + 1) : null;
}

/**
 * A person's name as written, tidied: trimmed, inner whitespace collapsed, surrounding quotes and
 * trailing commas removed. Titles are kept; use {@link splitTitle} to take them out. Null when empty.
 */
export function normalisePersonName(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw
    // "O’Sullivan" from a mail app that curls quotes is the directory's O'Sullivan: one spelling, one person.
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["']+|["']+$/g, '')
    .replace(/[,;:]+$/, '')
    .trim();
  return value.length > 0 ? value : null;
}

const TITLES: Record<string, string> = {
  dr: 'Dr',
  doctor: 'Dr',
  mr: 'Mr',
  mrs: 'Mrs',
  ms: 'Ms',
  miss: 'Miss',
  prof: 'Prof',
  professor: 'Prof',
  mx: 'Mx',
};

/**
 * Separates a leading title (Dr, Mr, Mrs, Ms, Miss, Prof, Mx; "Dr." and "Doctor" too) from a name,
 * because the branch form asks for the main contact's title apart from the name (docs/domain.md,
 * branch_setup). The title comes back in its canonical spelling.
 */
export function splitTitle(raw: string): { title: string | null; name: string } {
  const name = normalisePersonName(raw) ?? '';
  const match = /^([A-Za-z]+)\.?\s+(.+)$/.exec(name);
  const title = match ? TITLES[(match[1] ?? '').toLowerCase()] : undefined;
  if (!match || !title) return { title: null, name };
  return { title, name: (match[2] ?? '').trim() };
}

/** True for nhs.net, nhs.uk and any *.nhs.uk address: the NHS domains the seeds accept. */
export function isNhsEmail(email: string | null | undefined): boolean {
  const domain = getEmailDomain(email);
  if (!domain) return false;
  return domain === 'nhs.net' || domain === 'nhs.uk' || domain.endsWith('.nhs.uk');
}

/** Words that mark a shared mailbox; matched inside the local part ("riversidesurgery"). */
const ORGANISATION_WORDS = [
  'surgery', 'practice', 'medical', 'pharmacy', 'dental', 'dentist', 'optical', 'optician', 'reception',
  'admin', 'enquiries', 'enquiry', 'office', 'health', 'centre', 'center', 'clinic', 'mailbox', 'shared',
  'accounts', 'finance', 'team', 'england', 'pcse', 'datamanager', 'portal', 'contact', 'info', 'gpp',
  'optometrist', 'chemist', 'partnership', 'generic', 'manager',
];
/** Short tokens that mark a shared mailbox only as a whole dot-separated part ("icb.admin", "gp.a81001"). */
const ORGANISATION_TOKENS = ['gp', 'pcn', 'icb', 'ccg', 'nhs', 'hq', 'ops'];
/**
 * firstname.lastname (or _ or - between them), optionally a middle part, hyphenated or apostrophised names, and
 * NHSmail's digits.
 */
const INDIVIDUAL = /^[a-z]+(?:['-][a-z]+)*(?:[._-][a-z]+(?:['-][a-z]+)*){1,2}\d*$/;

/** What marks a local part as a shared mailbox's (an ODS code or an organisation word), or null. */
function organisationMarker(local: string): string | null {
  const tokens = local.split(/[._+-]+/).filter((t) => t.length > 0);
  const code = tokens.find((t) => /\d/.test(t) && classifyOdsCode(t) !== null);
  if (code) return `contains the ODS code ${code.toUpperCase()}`;
  const word = ORGANISATION_WORDS.find((w) => local.includes(w));
  if (word) return `contains the organisation word "${word}"`;
  const token = tokens.find((t) => ORGANISATION_TOKENS.includes(t.replace(/\d+$/, '')));
  return token ? `contains the organisation word "${token}"` : null;
}

/** A person's own address ("first.last@", any domain): a name beside it that it does not spell is someone else's. */
export function isPersonalAddress(email: string | null | undefined): boolean {
  const address = normaliseEmail(email);
  if (!address) return false;
  const local = address.slice(0, address.lastIndexOf('@'));
  return INDIVIDUAL.test(local) && organisationMarker(local) === null;
}

/**
 * Heuristic for "an nhs.net organisation (shared) mailbox, not an individual's": a practice email
 * must be one (docs/domain.md, seed 002). NHSmail gives people `firstname.lastname[digits]@nhs.net`;
 * shared mailboxes carry an ODS code or an organisation word. A heuristic, so the result carries
 * its reason for the approver, and an address that fits neither pattern is not assumed shared.
 */
export function isOrganisationMailbox(email: string | null | undefined): { organisation: boolean; reason: string } {
  const address = normaliseEmail(email);
  if (!address) return { organisation: false, reason: 'not an email address' };
  const at = address.lastIndexOf('@');
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  if (domain !== 'nhs.net') return { organisation: false, reason: `not an nhs.net address (${domain})` };
  const marker = organisationMarker(local);
  if (marker) return { organisation: true, reason: marker };
  if (INDIVIDUAL.test(local)) return { organisation: false, reason: 'looks like a personal firstname.lastname address' };
  return { organisation: false, reason: 'has no ODS code or organisation word' };
}

/**
 * Characters that change how text looks or reads without being seen: C0/C1 controls (tab and line breaks
 * kept), bidirectional marks, embeddings, overrides and isolates ("Trojan Source"), zero-width characters,
 * word joiners and the byte-order mark. Text from an email loses them before a person sees it.
 */
export const INVISIBLE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/**
 * Text shaped like an email address or an internet domain (`x@y`, `nhs.net`, `evil.co.uk`). In a name, it is the
 * sender's free text pretending to say where mail comes from or goes to.
 */
export const ADDRESS_LIKE = /[^\s<>()"',;:]*@[^\s<>()"',;:]*|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:net|uk|com|org|scot|gov|info|co)\b\.?/gi;

/**
 * A person's name read from an email's body or form (nominee, approver, signatory, main contact, user, created-by),
 * made safe for the card, the logs, replies and the account it may create: invisible characters and line breaks
 * go (they reorder what staff read or break a header line), and an address or domain written into the name is
 * dropped with the brackets or quotes it leaves empty, because the person's address is a field of its own and an
 * address inside a name is what a spoof writes. Null when no letter is left: a missing name is asked for; a name
 * that is really an address would look right on the card.
 */
export function neutralisePersonName(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const cleaned = raw
    .replace(INVISIBLE_CHARACTERS, ' ')
    .replace(ADDRESS_LIKE, ' ')
    .replace(/[<([{]\s*[>)\]}]|"\s*"|'\s*'/g, ' ');
  const name = normalisePersonName(cleaned);
  return name && /\p{L}/u.test(name) ? name : null;
}
