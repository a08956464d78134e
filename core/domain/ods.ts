import type { OrganisationType } from './case.js';

/**
 * ODS codes: the identifiers of organisations in PCSE Online. Their shape tells the organisation
 * type (docs/domain.md, "Organisations and ODS codes"; seeds 000–003).
 */

export interface ClassifiedOdsCode {
  /** Upper-case, no spaces: the form the directory stores. */
  code: string;
  type: OrganisationType;
}

const GP_PRACTICE = /^[A-Z]\d{5}$/;
const GP_BRANCH = /^([A-Z]\d{5})(\d{3})$/;
const DENTAL = /^V\d{5,6}$/;
const OPHTHALMIC = /^TP[A-Z0-9]{2,4}$/;
const PHARMACY = /^F[A-Z0-9]{4}$/;
const PCN = /^U\d{5}$/;
/**
 * An NHS trust (RHW), an ICB (QHL) or an independent sector provider (NJX: a hospice, a prison's healthcare), and their
 * sites (two digits more, after a letter: "NRD07", never "Q8211", a GP code mistyped): Open Exeter's other organisations go by these. "NHS" and "NOT" are words.
 */
const NHS_BODY = /^(?!(?:NHS|NOT|NEW|NOW|NIL)$)[RQN](?:[A-Z0-9]{2}|[A-Z][A-Z0-9]\d{2}|\d[A-Z]\d{2})$/;
const HAS_DIGIT = /\d/;

/**
 * Upper-cases a code and removes every space, the way codes are stored; does not check the shape.
 */
export function normaliseOdsCode(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase();
}

/**
 * Classifies a code by its shape, or returns null when it fits none.
 *
 * Overlaps, decided here once:
 * - `V` + 5–6 digits is dental and `U` + 5 digits is a PCN, although both also read as
 *   "a letter + five digits": the specific prefix wins, because GP practice codes are not issued
 *   with those letters (dental codes are V + digits, PCN codes are U + digits).
 * - `F` + 5 digits (e.g. F81001, an Essex practice) is a GP practice: pharmacy codes are F + exactly
 *   four characters (FA123), so the length settles it.
 * - Pharmacy (`F` + 4) and ophthalmic (`TP` + 2–4) codes must contain a digit: every published
 *   example does, and without that rule ordinary words ("FIRST", "TPOT") would become codes.
 * - A branch is a GP practice code + 3 digits, so its first six characters must themselves
 *   classify as a GP practice (V12345001 is not a branch).
 * - Three characters starting R or Q are an NHS trust's or an ICB's code: type `other`. Only where a code is
 *   labelled or bracketed after the body's name is it read as one (never from running text).
 */
export function classifyOdsCode(raw: string): ClassifiedOdsCode | null {
  if (typeof raw !== 'string') return null;
  const code = normaliseOdsCode(raw.trim());
  if (code.length === 0) return null;
  if (DENTAL.test(code)) return { code, type: 'dental_practice' };
  if (PCN.test(code)) return { code, type: 'pcn' };
  if (GP_PRACTICE.test(code)) return { code, type: 'gp_practice' };
  const branch = GP_BRANCH.exec(code);
  if (branch && GP_PRACTICE.test(branch[1] ?? '') && !DENTAL.test(branch[1] ?? '') && !PCN.test(branch[1] ?? '')) {
    return { code, type: 'gp_branch' };
  }
  if (OPHTHALMIC.test(code) && HAS_DIGIT.test(code)) return { code, type: 'ophthalmic_practice' };
  if (PHARMACY.test(code) && HAS_DIGIT.test(code)) return { code, type: 'pharmacy' };
  if (NHS_BODY.test(code)) return { code, type: 'other' };
  return null;
}

/**
 * True when `branchCode` is `mainCode` followed by three digits (A81001 → A81001001), the seeds'
 * rule for GP branch codes; both are compared normalised, and the main code must be a GP practice.
 */
export function isBranchOf(branchCode: string, mainCode: string): boolean {
  const main = classifyOdsCode(mainCode);
  const branch = classifyOdsCode(branchCode);
  if (!main || !branch || main.type !== 'gp_practice' || branch.type !== 'gp_branch') return false;
  return branch.code.slice(0, 6) === main.code;
}

/**
 * Finds candidate ODS codes in free text. Case-insensitive and word-bounded; a GP code may carry
 * an inner space after its letter or its third or sixth character ("a81 001", "G 82 114",
 * "e82 045 001"), as people type it. Normalise each match
 * with {@link classifyOdsCode}. It is a global regex: use `text.matchAll(ODS_CODE_CANDIDATE)` (which
 * copies it) rather than `exec` in a loop on the shared instance.
 *
 * False-positive risks: any letter + five digits (an invoice or ticket number such as "X12345", a
 * GMC number written with a prefix) looks like a GP code; "V12345"/"U12345" likewise. UK postcodes
 * never match (their inward part ends in two letters), nor do phone numbers (no leading letter).
 * Pharmacy and ophthalmic candidates must contain a digit, so words like "FIRST" do not match.
 */
export const ODS_CODE_CANDIDATE =
  // Spaced as people type them: "D83 605", "V019 382" (a dental code in threes), "TP R72" (an optical one).
  // "FM 417": a pharmacy's code typed with a space after its letters.
  /\b(?:[A-Z] ?\d{2} ?\d{3}(?: ?\d{3})?|V ?\d{3} ?\d{2,3}|TP ?(?=[A-Z]*\d)[A-Z0-9]{2,4}|F(?=[A-Z]*\d)[A-Z0-9]{4}|F[A-Z] \d{3})\b/gi;

/** Every distinct code classified from free text, in order of first appearance. */
export function findOdsCodes(text: string): ClassifiedOdsCode[] {
  const seen = new Set<string>();
  const found: ClassifiedOdsCode[] = [];
  for (const match of text.matchAll(ODS_CODE_CANDIDATE)) {
    const classified = classifyOdsCode(match[0]);
    if (classified && !seen.has(classified.code)) {
      seen.add(classified.code);
      found.push(classified);
    }
  }
  return found;
}

/**
 * The kind of organisation a name says it is ("Riverside Surgery", "Smile Dental Surgery", "Boots Pharmacy"), for
 * an organisation the email names without a code or a stated type. Narrower kinds are tried first: a dental
 * "surgery" is a dental practice, not a GP one.
 */
const NAME_KINDS: [RegExp, OrganisationType][] = [
  [/\b(?:PCN|primary care network)\b/i, 'pcn'],
  [/\b(?:dental|dentists?|orthodontics?)\b/i, 'dental_practice'],
  [/\b(?:opticians?|optometrists?|optical|opthalmic|ophthalmic|eye ?care)\b/i, 'ophthalmic_practice'],
  [/\b(?:pharmacy|pharmacies|chemists?)\b/i, 'pharmacy'],
  [/\b(?:surgery|medical (?:centre|center|practice|group)|health centre|family (?:practice|doctors)|GP practice|general practice)\b/i, 'gp_practice'],
  // A bare "… Practice" with no other kind's word: in primary care that is a GP practice.
  [/\bpractice\b/i, 'gp_practice'],
];

/**
 * The type of a code that fits no shape only because a letter stands where a digit belongs ("D82O54", "K8I033"):
 * people type O for 0 and I or l for 1; the shape it was meant to have says what it is.
 */
export function organisationTypeOfLookAlike(raw: string | null): OrganisationType | null {
  if (!raw || classifyOdsCode(raw)) return null;
  const code = normaliseOdsCode(raw.trim());
  const meant = code.slice(0, 1) + code.slice(1).replace(/O/g, '0').replace(/[IL]/g, '1');
  return meant !== code ? classifyOdsCode(meant)?.type ?? null : null;
}

export function organisationTypeFromName(name: string | null): OrganisationType | null {
  if (!name) return null;
  return NAME_KINDS.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

/** A label for staff and practices ("GP practice"); exhaustive over the organisation types. */
export function describeOrganisationType(type: OrganisationType): string {
  switch (type) {
    case 'gp_practice':
      return 'GP practice';
    case 'gp_branch':
      return 'GP branch';
    case 'dental_practice':
      return 'dental practice';
    case 'ophthalmic_practice':
      return 'ophthalmic practice';
    case 'pharmacy':
      return 'pharmacy';
    case 'pcn':
      return 'primary care network (PCN)';
    case 'other':
      return 'organisation';
  }
}

/**
 * True when two organisation types can describe the same organisation: equal, or a GP practice
 * and one of its branches (people call a branch "the practice").
 */
export function isCompatibleOrganisationType(stated: OrganisationType, fromCode: OrganisationType): boolean {
  if (stated === fromCode || stated === 'other') return true;
  const gp: OrganisationType[] = ['gp_practice', 'gp_branch'];
  return gp.includes(stated) && gp.includes(fromCode);
}
