/**
 * Who is who in an email, from what the email itself says about each person (issue 9): a sign-off block gives a
 * person's name with the role written under it; an address whose local part spells a name ties that name to it.
 * Roles are resolved from these facts rather than from whichever name sits nearest a keyword.
 */
import type { Found } from './field-helpers.js';
import { cleanPersonName } from './field-helpers.js';

export interface SignOff {
  name: string;
  /** The line under the name when it reads as a job title ("Primary Care Contracts Manager"). */
  role: string | null;
  /** Where it was read: the name line, and the role line when there is one. */
  line: string;
}

/** Words a job title holds ("Practice Manager", "GP Partner and Caldicott Guardian"): one list for every reader of roles. */
export const ROLE_WORDS = /\b(manager|partner|director|GP|head|lead|clinical|commissioning|contracts?|registered|owner|pharmacist|optometrist|officer|guardian|approver|chair|chief|administrator|coordinator|co-ordinator|superintendent|nurse|doctor|practitioner|dentist|secretary|receptionist|supervisor)\b/i;
const NOT_A_NAME = /\b(regards|wishes|thanks|thank you|cheers|kind|best|sincerely|mobile|tel|phone|email|NHS|ICB|PCN|Surgery|Practice|Pharmacy|Centre|Team|Trust|Board|Limited|Ltd|Services?)\b/i;

/** Every "Name" / "Role" pair in a sign-off block, in order. */
export function signOffs(signature: string): SignOff[] {
  const lines = signature.split('\n').map((l) => l.trim()).filter(Boolean);
  const out: SignOff[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.length > 50 || /[@\d,:]/.test(raw) || NOT_A_NAME.test(raw)) continue;
    const name = cleanPersonName(raw);
    if (!name || name.split(' ').length < 2 || !name.split(' ').every((w) => /^\p{Lu}/u.test(w))) continue;
    const next = lines[i + 1] ?? '';
    const isRole = next.length >= 3 && next.length <= 80 && !/@|\d{4}/.test(next) && ROLE_WORDS.test(next);
    // The organisation line under the role ("NHS Devon ICB") says whose role it is: kept in the evidence.
    const org = isRole ? lines[i + 2] ?? '' : '';
    const orgLine = org && org.length <= 80 && !/@|\d{4}/.test(org) && /\b(NHS|ICB|CCG|Trust|Board|Council|PCN|Surgery|Practice|Pharmacy|Opticians?)\b/.test(org) ? ` / ${org}` : '';
    out.push({ name, role: isRole ? next.replace(/[.;]$/, '') : null, line: isRole ? `${raw} / ${next}${orgLine}` : raw });
  }
  return out;
}

/** Lower-case letters of a name or an address's local part, for comparing the two ("d.ndlovu-harris" ~ "Ndlovu-Harris"). */
export const letters = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');

/**
 * Whether two display names are one person's, whatever the order and brackets: "BRENNAN, Moira" and "Moira Brennan";
 * "Lumb Rebecca (RIVERBANK MEDICAL PRACTICE)" and "Lumb Rebecca".
 */
export function sameNameInAnyOrder(a: string | null | undefined, b: string | null | undefined): boolean {
  const words = (name: string | null | undefined): string => (name ?? '').replace(/\([^)]*\)/g, ' ').split(/[\s,]+/).map(letters).filter(Boolean).sort().join(' ');
  const wa = words(a);
  return wa.length > 0 && wa === words(b);
}

/** Whether an address's local part spells the person's surname ("d.ndlovu-harris@" and "Dumisani Ndlovu-Harris"). */
export function emailMatchesName(email: string | null, name: string | null): boolean {
  if (!email || !name) return false;
  const local = letters(email.split('@')[0] ?? '');
  const words = name.split(/\s+/).map(letters).filter((w) => w.length >= 3);
  const surname = words[words.length - 1];
  return !!surname && local.includes(surname);
}

/**
 * Whether an address is this person's own, not a relative's: it spells the surname and the forename, or the forename's
 * initial just before the surname ("anjali.raithatha@" is not Dev Raithatha's; "d.raithatha@", "devr@…" would be).
 */
export function emailIsPersons(email: string | null, name: string | null): boolean {
  if (!emailMatchesName(email, name) || !email || !name) return false;
  const local = letters(email.split('@')[0] ?? '');
  const words = name.split(/\s+/).map(letters).filter(Boolean);
  const forename = words.length > 1 ? words[0] ?? '' : '';
  const surname = words[words.length - 1] ?? '';
  if (!forename) return true;
  return local.includes(forename) || local.startsWith(`${forename[0]}${surname}`) || local.startsWith(`${surname}${forename[0]}`) || local === surname;
}

/**
 * The person who wrote a message, by its sign-off: the one whose name the sender's address spells, else the only
 * sign-off with a role. Null when the sign-off does not settle it (then nobody is guessed).
 */
export function authorBySignOff(signature: string, email: string | null): Found<SignOff> | null {
  const all = signOffs(signature);
  const byEmail = all.find((s) => emailMatchesName(email, s.name));
  if (byEmail) return { value: byEmail, line: byEmail.line };
  const withRole = all.filter((s) => s.role);
  return withRole.length === 1 && withRole[0] ? { value: withRole[0], line: withRole[0].line } : null;
}

/** A display name that is a shared mailbox or a directory entry ("DEVICE, Approvals (NHS DEVON ICB - 15N)"), not a person. */
export function isMailboxName(displayName: string | null, email: string | null): boolean {
  if (!displayName) return true;
  if (/\b(approvals?|admin|team|mailbox|enquiries|office|reception|service|support|notifications?|no-?reply)\b/i.test(displayName)) return true;
  // A name the address does not spell, while the address spells a person ("DEVICE Approvals" <d.ndlovu-harris@…>).
  return !!email && !emailMatchesName(email, displayName) && /[._-]/.test(email.split('@')[0] ?? '') && !/\p{Ll}/u.test(displayName.replace(/\(.*\)/g, '').split(/[\s,]+/)[0] ?? '');
}
