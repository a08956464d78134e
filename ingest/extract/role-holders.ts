/**
 * Who the text says holds a role or gave the approval (issue 9). Mail written on someone's behalf names the person
 * who signs or approves in running text ("Dr Priya Nair, Lead GP, has signed the form", "approved by our Caldicott
 * Guardian, Dr Rhodes"), while the From header and the sign-off are the writer's. A value taken from the writer
 * when the text names somebody else in that role, or a role read from a line that states it of somebody else, is
 * a guess about who is who: ./confidence.ts makes it a hint.
 */
import { NAME_PATTERN, cleanPersonName } from './field-helpers.js';
import { ORG_SUFFIX } from './fields/context.js';
import { ROLE_WORDS } from './participants.js';

const TITLE = '(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\\.?\\s+)';
/** A person as running text writes one: two to four capitalised words, or a title and a surname ("Dr Moran"). */
const PERSON = `(?:${TITLE}?${NAME_PATTERN}|${TITLE}\\p{Lu}[\\p{L}'’-]+)`;
const SIGN_VERB = '(?:signed|approved|authori[sz]ed|countersigned|agreed|endorsed)';

/** "… signed by [our Lead GP,] Dr X": what follows "by" (the person is the first name in it that is not a role). */
const SIGNED_BY = new RegExp(`\\b(?:${SIGN_VERB}|signed off)\\s+by\\s+([^.;\\n]{2,90})`, 'giu');
/** "Dr X[, Lead GP,] [is copied in and] has signed", "Dr X approves". */
const HAS_SIGNED = new RegExp(
  `(${PERSON})(?:\\s*\\([^)\\n]{0,60}\\)|,\\s*[^,.;\\n]{2,60},)?(?:\\s+(?:is|was)\\s+[^.,;\\n]{1,30}?\\s+and)?\\s+(?:who\\s+)?(?:has|have|had)\\s+(?:already\\s+|now\\s+|also\\s+|kindly\\s+)?${SIGN_VERB}\\b|(${PERSON})\\s+(?:approves|authori[sz]es|countersigns|is happy to (?:approve|authori[sz]e)|has given (?:his|her|their) (?:approval|authori[sz]ation))\\b`,
  'gu',
);
/** Every match of HAS_SIGNED contains one of these (as HAS_SIGNED, case-sensitive): SIGN_VERB or a present-tense verb. */
const HAS_SIGNED_VERB = /signed|approve|authori[sz]|agreed|endorsed|countersigns|has given/;
const PERSON_RE = new RegExp(PERSON, 'gu');
const LEADING_TITLE = new RegExp(`^${TITLE}`, 'u');
const NOT_A_PERSON = new RegExp(`\\b${ORG_SUFFIX}\\b|\\b(?:Open Exeter|PCSE|NHS|ICB|CCG|Online|Primary Care|Care Network|(?:Medical|Health|Healthcare|Dental|Pharmacy|Optical|Care)\\s+Group|Federation)\\b`, 'iu');

/** A candidate name that is a person's, cleaned ("Dr Tomás Ó Briain" → "Tomás Ó Briain"), or null for a role or an organisation. */
function personName(raw: string): string | null {
  if (ROLE_WORDS.test(raw) || NOT_A_PERSON.test(raw)) return null;
  const bare = raw.replace(LEADING_TITLE, '');
  // A title and one word ("Dr Moran"): the surname alone identifies them well enough to compare.
  if (!bare.includes(' ') && LEADING_TITLE.test(raw)) return bare;
  return cleanPersonName(raw);
}

export interface NamedSigner {
  name: string;
  line: string;
}

/** The people the text says signed, approved or authorised the request, in the order written. */
export function namedSigners(text: string): NamedSigner[] {
  const out: NamedSigner[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length < 8) continue;
    for (const m of line.matchAll(SIGNED_BY)) {
      const first = [...(m[1] ?? '').matchAll(PERSON_RE)].map((p) => personName(p[0])).find((n): n is string => !!n);
      if (first) out.push({ name: first, line });
    }
    // HAS_SIGNED tries a name at every capital letter; a line without one of its verbs cannot match it.
    if (!HAS_SIGNED_VERB.test(line)) continue;
    for (const m of line.matchAll(HAS_SIGNED)) {
      const n = personName(m[1] ?? m[2] ?? '');
      if (n) out.push({ name: n, line });
    }
  }
  return out;
}

const letters = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');

/** Whether two written names are one person: the same surname (a title and surname, "Dr Moran", is enough). */
export function samePerson(a: string | null, b: string | null, email: string | null = null): boolean {
  if (!a) return false;
  const surname = letters(a.split(/\s+/).pop() ?? '');
  if (surname.length < 2) return false;
  if (b && letters(b.split(/\s+/).pop() ?? '') === surname) return true;
  return !!email && surname.length >= 3 && letters(email.split('@')[0] ?? '').includes(surname);
}

/**
 * The writer states their own role on the line ("I am the Lead GP", "I'm a member of the Board", "As GP Partner …",
 * "signed as Caldicott Guardian", "I am writing as the practice's CQC Registered Manager"); "I'm writing on behalf of …" is not
 * such a statement.
 */
const OWN_ROLE = /\b(?:I\s+am|I['’]?m|[Ii]m)\s+(?:(?:a|an|the|our|currently\s+the|also\s+the)\b|\p{Lu})|(?:^|[.;!]\s+)As\s+(?!(?:she|he|they|we|you|it|I|this|that|per|discussed|requested|agreed|mentioned)\b)(?:(?:a|an|the|our)\s+)?\p{L}|\bsign(?:ed|ing)?\b[^.\n]{0,40}?\bas\s|\bI\s+am\s+(?:writing|acting|approving|nominating|emailing)\s+(?:[^.\n]{0,20}\s)?as\s+(?:a|an|the|our)\b/u;

/**
 * Whether a line of prose states its role word of a person other than `holder`: "on behalf of Dr Aisling Moran, GP
 * Partner" read as the sender's role. A line where the writer states their own role is theirs.
 */
export function roleSaidOfAnother(line: string, holder: string | null, holderEmail: string | null = null): boolean {
  if (OWN_ROLE.test(line)) return false;
  for (const m of line.matchAll(PERSON_RE)) {
    const name = personName(m[0]);
    if (!name || samePerson(name, holder, holderEmail)) continue;
    // "CQC Registered Manager for St Aidan's": a saint's name is a practice's, not a person holding the role.
    if (/^(?:St|Saint)\.?\s/.test(name)) continue;
    const after = line.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    const before = line.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0);
    if (/^\s*[,(–-]/.test(after) && ROLE_WORDS.test(after)) return true;
    if (ROLE_WORDS.test(before) && /[,\s]$/.test(before)) return true;
  }
  return false;
}

/** The offices that approve a user administrator (seeds 000, 001, 003) as running text writes them, any case. */
const APPROVING_OFFICE = anyCase(String.raw`(?:CQC\s+)?registered\s+manager|contract\s+holder|practice\s+owner|owner|(?:PCN\s+)?clinical\s+director|lead\s+GP|GP\s+partner|senior\s+partner|managing\s+partner|superintendent(?:\s+pharmacist)?|partner`);

/** A pattern's letters in either case, so it can sit in a pattern whose names must be capitalised (no `i` flag). */
function anyCase(pattern: string): string {
  return pattern.replace(/\\.|\p{L}/gu, (c) => (c.length === 1 && c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c));
}
/** A person as a sentence names one, in any case when titled ("dr okonkwo"): a title and one to three words, or a capitalised name. */
const NAMED = String.raw`(?:(?:[Dd]r|[Mm]rs?|[Mm]s|[Mm]iss|[Pp]rof)\.?\s+[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}|${NAME_PATTERN})`;
/** Where a sentence puts the person beside their office; the groups are (name, office) or (office, name). */
const OFFICE_HOLDER_SAID = [
  // "Dr Ferris is our CQC Registered Manager", "Alan Penrose, who is the contract holder"
  new RegExp(String.raw`(?<name>${NAMED}),?\s+(?:who\s+)?is\s+(?:also\s+)?(?:our|the)\s+(?:practice['’]s\s+)?(?<office>${APPROVING_OFFICE})\b`, 'u'),
  // "Our CQC Registered Manager, who is copied in and has agreed to this, is Dr Alan Pengelly"
  new RegExp(String.raw`\b(?:[Oo]ur|[Tt]he)\s+(?<office>${APPROVING_OFFICE})\b(?:,[^.;]{0,80},)?\s+is\s+(?<name>${NAMED})`, 'u'),
  // "dr okonkwo (practice owner) is cc'd", "Dr Pryce-Jones has approved this herself as our Clinical Director"
  new RegExp(String.raw`(?<name>${NAMED})\s*\(\s*(?<office>${APPROVING_OFFICE})\s*\)`, 'u'),
  new RegExp(String.raw`(?<name>${NAMED})\s+has\s+(?:approved|authori[sz]ed|agreed\s+to)\s+(?:this|it)\s+(?:(?:herself|himself|themselves)\s+)?as\s+(?:our|the)\s+(?<office>${APPROVING_OFFICE})\b`, 'u'),
  // "Dr Grant, as our CQC Registered Manager, has asked me to make this request … she is copied in to confirm"
  new RegExp(String.raw`(?<name>${NAMED}),\s+as\s+(?:our|the)\s+(?:practice['’]s\s+)?(?<office>${APPROVING_OFFICE}),`, 'u'),
];
/** The sentence says they agree, or that they are copied in to see it. */
const CONSENT = /\b(?:happy|agree[sd]?|agreed|approv\w*|authori[sz]\w*|confirm\w*|content|support\w*|copied|cc['’]?e?d|in\s+cc)\b/i;
/** A role that names one of those offices among its words ("GP Partner and Caldicott Guardian"). */
export const NAMES_APPROVING_OFFICE = new RegExp(String.raw`\b(?:${APPROVING_OFFICE})\b`, 'u');
/** A role that is one of those offices, whole ("CQC Registered Manager", not "Practice Manager"). */
export const APPROVING_ROLE = new RegExp(String.raw`^(?:${APPROVING_OFFICE})$`, 'u');

export interface OfficeHolder {
  /** As written in the sentence ("Dr Ferris", "dr okonkwo"); the caller finds the whole name. */
  written: string;
  office: string;
  sentence: string;
}

/**
 * Who the text says holds an approving office and consents, in a sentence of their own: "Dr Ferris is our CQC
 * Registered Manager and is happy with this", "Our CQC Registered Manager, who is copied in and has agreed to this, is
 * Dr Alan Pengelly" (a sentence the writer may break over two paragraphs), "dr okonkwo (practice owner) is cc'd and
 * is happy". Sentences are read across line ends.
 */
export function officeHoldersWhoConsent(text: string): OfficeHolder[] {
  const flowing = text.replace(/\s*\n\s*/g, ' ');
  const sentences = flowing.split(/(?<=(?<!\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|St|dr|mr|mrs|ms))[.!?])\s+(?=\S)/);
  const out: OfficeHolder[] = [];
  for (const sentence of sentences) {
    if (!CONSENT.test(sentence) || !/owner|holder|manager|director|partner|lead|superintendent/i.test(sentence)) continue;
    for (const pattern of OFFICE_HOLDER_SAID) {
      const m = pattern.exec(sentence);
      const written = m?.groups?.name?.trim();
      const office = m?.groups?.office?.replace(/\s+/g, ' ').trim();
      if (!written || !office || APPROVING_ROLE.test(written) || ROLE_WORDS.test(written.replace(LEADING_TITLE, '')) || NOT_A_PERSON.test(written)) continue;
      out.push({ written, office, sentence: sentence.trim() });
      break;
    }
  }
  return out;
}
