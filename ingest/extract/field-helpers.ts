import { editDistance } from './edit-distance.js';
import { ODS_CODE_CANDIDATE, classifyOdsCode, findOdsCodes } from '../../core/domain/ods.js';
import { normaliseEmail, splitTitle } from '../../core/domain/people.js';
import { findLabelled, joinValueLines, type LabelledValue } from './labelled-lines.js';

/** A value and the line it came from. */
export interface Found<T> {
  value: T;
  line: string;
}

/**
 * An address in running text. The lookbehind makes a match start only where a run of address
 * characters starts: without it every position of a long run (a 40 KB one-word subject) rescans the
 * rest of the run looking for "@", which is quadratic.
 */
/** PCSE's own mailboxes ("pcse.openexeter@nhs.net", "portalenquiries@…"): the To of every request, nobody's address in one. */
const PCSE_MAILBOX = /^pcse\.|^(?:portalenquiries|datamanager|openexeter)@|@pcse\./i;

export function isPcseMailbox(email: string | null | undefined): boolean {
  return !!email && (PCSE_MAILBOX.test(email) || MISREAD_PCSE_MAILBOX.test(email) || nearPcseMailbox(email));
}

/** "pese.openexcter@nhs.net": two or three letters of one of PCSE's addresses misread, on a scan of a form that prints it. */
function nearPcseMailbox(email: string): boolean {
  const local = email.toLowerCase().split('@')[0] ?? '';
  return local.length >= 12 && PCSE_LOCAL_PARTS.some((own) => editDistance(local, own) <= 3);
}
const PCSE_LOCAL_PARTS = ['pcse.openexeter', 'pcse.datamanager', 'pcse.portalenquiries'];

/** A scan's reading of PCSE's own address ("pese.openexeter@", "pcse.opcnexeter@"): still PCSE's, not a person's. */
const MISREAD_PCSE_MAILBOX = /^p\S{0,2}e\.(?:o\S?en\s?e\S?eter|data\s?manager|portal\s?enquiries)@|^\S{2,5}\.(?:openexeter|datamanager|portalenquiries)@/i;

export const EMAIL_IN_TEXT = /(?<![a-z0-9!#$%&'*+/=?^_`{|}~.-])[a-z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]*";
// Words are separated by whitespace or a particle: with an optional separator ("\\s*") a run of capitals could be
// split into words at every position, and the expression backtracked for hours on one long upper-case token.
// Two particles run together in some surnames ("de la Cruz", "van der Berg", "dos Santos"); Welsh "ap Gwilym".
const NAME_LINK = "(?:\\s+(?:de|da|di|van|von|der|del|le|la|bin|al|el|ni|nic|mac|o'|dos|du|ap|ab|ter|af)(?:\\s+(?:la|der|den|los|las|le))?\\s*|\\s+)";
/** Two to four capitalised words: how people write a name in running text. */
export const NAME_PATTERN = `${NAME_WORD}(?:${NAME_LINK}${NAME_WORD}){1,3}`;
const TITLE_PATTERN = '(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\\.?\\s+)';

/** "Name of (the) main practice", "name of your branch": what a name label says the name is of. */
export const NAME_OF_ORGANISATION = String.raw`(the\s+)?name of (the |your |our )?((main|existing|current|new|parent|branch|old)\s+){0,2}(practice|organi[sz]ation|pharmacy|surgery|branch|site)`;
export const ORG_NAME_LABEL = new RegExp(String.raw`\b(practice|organi[sz]ation|org|pharmacy|surgery|branch|site|company|pcn|contractor)\s*name\b|^(${NAME_OF_ORGANISATION})$|^((main|existing|current|new|parent|old)\s+)?(practice|organi[sz]ation|pharmacy|surgery|branch|site)$`, 'i');

/**
 * An organisation's name from a labelled value, without what a run-on sentence adds after it:
 * "Wharfedale Park Surgery (Pool), B81218001, Main Street, …" → "Wharfedale Park Surgery (Pool)".
 * Null when the value is only a code.
 */
export function cleanOrganisationName(raw: string): string | null {
  // A code written before the name ("A81023 OAKFIELD MEDICAL CENTRE") is not part of it.
  // "Narborough Road Pharmacy (previously Patel's Chemist)": the name it had is not its name.
  // "Shah Opticians (our optician practice)": what the writer says of it in brackets is not its name either.
  // "Fernlea Medical Practice (GP)": the kind of practice in brackets is not part of its name.
  const v = clean(raw.replace(/^\s*\(?[A-Z]{1,3}\d[A-Z0-9]{2,8}\)?[\s,:–-]+(?=\p{L})/iu, '').replace(/\s*\((?:previously|formerly|was|old name|until recently|our|the|a|an|its|this|which)\b[^()]*\)/gi, '').replace(/\s*\((?:GP|GP practice|GP surgery|general practice|dental(?: practice)?|(?:community )?pharmacy|optical(?: practice)?|opticians?|optometrists?|ophthalmic(?: practice)?|PCN)\)(?=\s*(?:$|[,;]))/i, ''));
  // "New branch - PCSE Online set-up details": a form's title, not an organisation ("PCSE" names nobody's practice).
  if (!v || /\bPCSE\b|\b(?:set-?up|request|application)\s+(?:details|form)\b/i.test(v)) return null;
  // "J. Patel Ltd", "St. Luke's Surgery": the dot of an initial or an abbreviation does not end the name.
  const parts = v.split(/,\s+|(?<!(?:^|\s)(?:\p{L}|St|Dr|Mt))\.\s+|\s+[-–]\s+(?=[A-Z]{1,3}\d)|;\s*/u);
  const kept: string[] = [];
  for (const part of parts) {
    if (/\d|@|\b(ODS|code|phone|tel)\b/i.test(part)) break;
    // "Elmfield Medical Centre, GP, M84007": after the name, the kind of practice it is, not more of its name.
    if (kept.length > 0 && /^(?:GP|GP practice|general practice|dental|dental practice|pharmacy|community pharmacy|optical|opticians?|optometrists?)$/i.test(part.trim())) break;
    kept.push(part);
  }
  // "Priory Fields Surgery's ODS code is …": the practice's, not part of its name.
  const name = kept.join(', ').replace(/[.,;\s]+$/, '').replace(/['’]s$/, '').trim();
  return name && !/^[A-Z]{1,3}\d/i.test(name) ? name : null;
}
export const PERSON_NAME_LABEL = /\bname\b|\bsurname\b|\bforenames?\b|\bmain contact\b|\b(branch|site) contact$|^contact$|\b(nominee|signatory|approver|signed by|authori[sz]ed by|approved by|certified by|created by|new user|user|applicant|primary user|authori[sz]ing (partner|gp|director|manager|signatory|person|officer)|authori[sz]er|countersignatory|registered manager|contract holder)$/i;
export const NOT_PERSON_NAME = new RegExp(String.raw`^(?:request|application|nomination|registration)\s+(?:for|of)\b|e-?mail|phone|address|role|(?<!\b(?:including|incl\.?|with)\s+)title|code|number|\bid\b|\b(practice|organi[sz]ation|org|pharmacy|surgery|branch|site|company|pcn|contractor|file|domain)\s*name\b|username|^(open exeter |pcse online |pcse )?user\s*name$|^${NAME_OF_ORGANISATION}`, 'i');
// "Emial", "E mail", "Emal": the label typed in a hurry.
export const EMAIL_LABEL = /e-?mail|nhs ?mail|\bmail address\b|^e[- ]?(?:mial|mal|mai|mali)\b/i;
/** A label that can only name an organisation's code ("Practice code", "ODS"), not any other code ("Verification code"). */
export const ORGANISATION_CODE_LABEL = /\b(ods|practice|organi[sz]ation|surgery|pharmacy|branch|site)\s*(ods\s*)?code\b|^ods$/i;
export const ODS_LABEL = /\b(ods|practice|organi[sz]ation|org|branch|site|pharmacy|surgery|national|contractor|pcn)?\s*(ods\s*)?code\b|^ods$|\bods\b/i;
export const ADDRESS_LABEL = /\baddress\b/i;
export const PHONE_LABEL = /\b(tele?phone|phone|tel|contact number|telephone number|landline)\b/i;
export const ROLE_LABEL = /\b(role|job title|position|designation|capacity)\b/i;
export const USERNAME_LABEL = /^(?:[a-z ]*\s)?(?:username|user\s*id|login(?: name| id)?|log-in|account name)$|^(?:open exeter |pcse online |pcse )?user\s*name(?:\s+(?:of|for)\s+(?:the\s+)?(?:user|account|person|staff member))?$/i;

/** Qualifications and registrations written after a name (a surname in capitals is not among them). */
const POST_NOMINALS = /(?:,?\s+(?:FBDO|DBDO|BDS|MJDF|MFDS|FDS|BSc|MSc|MA|BA|PhD|MBChB|MB ChB|MBBS|BM|MRCGP|FRCGP|DRCOG|DFSRH|MRPharmS|FRPharmS|MPharm|MCOptom|FCOptom|RGN|RN|DipHE|MCMI|FCMI|CQSW|(?:\(Hons\))))+\s*$/;

/** A person's name without the honorific, or null when the value does not look like a name. */
const NAME_LEAD_IN = /^\s*(?:(?:it['’]?s|it is|this is|that['’]?s|that is|he['’]?s|she['’]?s|he is|she is|(?:her|his|their|the) (?:full )?name is|name is|called|named)\s+)?(?:(?:(?:our|the|my|a|an)\s+)?(?:new\s+|current\s+|existing\s+)?(?:PM|MC|main contact|practice manager|deputy practice manager|assistant practice manager|office manager|data manager|receptionist|(?:medical\s+)?secretary|(?:advanced\s+)?nurse practitioner|practice nurse|dental nurse|nurse|colleague|administrator|admin|locum|salaried GP|HCA|health\s?care assistant|ANP|(?:clinical\s+)?pharmacist|pharmacy technician|dispenser|paramedic|physician associate|care co-?ordinator|social prescriber|GP registrar|trainee|apprentice)\s*[,:-]?\s+)?/iu;

/**
 * Words after "Surname, " that make it a name and a role ("Smith, Practice Manager"), not a reversed name: shared by
 * the two readers of reversed names (names in text, {@link cleanPersonName}; display names, {@link reorderDisplayName}).
 */
const NOT_A_FORENAME = /\b(manager|partner|GP|nurse|director|practice|surgery|lead|admin\w*|receptionist|guardian|clinician|pharmacist|doctor|team|dept|department)\b/i;

/** Words before "…, Jane" that make it a greeting or a sign-off ("Thanks, Jane", "Morning, Jane"), not "Surname, Forename". */
const NOT_A_SURNAME = /^(?:hi|hiya|hello|hey|dear|thanks|thank|cheers|regards|best|kind|many|morning|afternoon|evening|yes|no|ok|okay|sorry|also|please|so|and|but|or|then|now|name|user|contact|nominee|approver|signed|from|to|re|fw|fwd)$/i;

// The forename as written, or in capitals like the surname ("HARRIS, JODIE" in system notifications); an address
// may follow in the same cell ("KAVANAGH, Dervla, dervla.kavanagh@…", a table cell's line break).
const SURNAME_FIRST = /^\s*(\p{Lu}[\p{Lu}'’]+(?:[- ]\p{Lu}[\p{Lu}'’]+)?|\p{Lu}[\p{Ll}'’][\p{L}'’]*(?:-\p{Lu}[\p{L}'’]+)?),\s*((?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’-]*)?|\p{Lu}{2}[\p{Lu}'’-]*(?:\s+\p{Lu}{2}[\p{Lu}'’-]*)?)(?=\s*$|\s*[(<\-–]|\s+[^\s@]+@|\s*[,;]\s*[^\s@,;]+@)/u;

export function cleanPersonName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // "BRADSHAW, Imelda" (directory and system tables): the capitalised surname first is the person "Imelda BRADSHAW".
  const reversed = SURNAME_FIRST.exec(raw);
  if (reversed?.[1] && reversed[3] && !NOT_A_FORENAME.test(reversed[3]) && !NOT_A_SURNAME.test(reversed[1])) {
    raw = `${reversed[2] ?? ''}${reversed[3]} ${reversed[1]}${raw.slice(reversed[0].length)}`;
  }
  // "Margaret (Peggy) O'Driscoll-Byrne": what is in brackets goes, and the name closes up around it.
  let v = raw.replace(EMAIL_IN_TEXT, '').replace(/[<([]\s*[>)\]]/g, '').replace(/(\S)\s+\([^()]*\)\s+(?=\S)/g, '$1 ').replace(/\(.*?\)/g, '');
  // "It's Marcus Hale", "our new PM, Jo Bloggs", "Tom Barker's (Open Exeter)": the words around a name are not the name.
  // "Signatory: me, Nicholas Fairclough, Director": the writer, then their name.
  v = v.replace(/^\s*(?:me|myself)\s*(?:[,:–-]\s*|\s(?=\p{Lu}))/iu, '');
  // "ADD Lydia Fairbrother" (a table's action column): the action in capitals before the name.
  v = v.replace(/^\s*(?:ADD|NEW|REMOVE|CHANGE TO)\s+(?=\p{Lu}\p{Ll})/u, '');
  // "Lauren Giddings’ Open Exeter": a possessive after a final s is the apostrophe alone.
  v = v.replace(NAME_LEAD_IN, '').replace(/['’]s(?:\s.*)?$/u, '').replace(/(?<=s)['’](?:\s.*)?$/u, '');
  // "Callum Treloar FBDO", "Dr Anil Shah MRPharmS": letters after a name are qualifications, not the name.
  v = v.replace(POST_NOMINALS, '');
  // "Signature— DR MOHAMMED ALI HASSAN" from a scan: one word, a dash, then a titled name: the name is after the dash.
  v = v.replace(/^\s*\S+\s*[—–-]\s*(?=(?:Dr|DR|Mr|MR|Mrs|MRS|Ms|MS|Miss|MISS|Prof|PROF)\.?\s+\p{Lu})/u, '');
  v = v.split(/\s[-–|]\s|,|;|\s{2,}/)[0] ?? '';
  v = v.replace(/^["'\s]+|["'\s.:]+$/g, '').replace(/\s+/g, ' ').trim();
  // "me Nkechi Okafor email nkechi.okafor@…" (dictated, no commas): the next label said ends the name.
  v = v.replace(/\s+(?:e-?mail|address|phone|tel(?:ephone)?|mobile|number)$/i, '');
  const words = v.split(' ');
  dropDescriptiveLead(words);
  v = words.join(' ');
  // "Dr Miriam Achterberg )" from a scan: a bracket left without its pair is the box's edge, not the name's.
  // "Deborah Akintola §": a speck read as a sign after the last word is no part of a name either.
  v = v.replace(/^[\s()[\]{}|]+|[\s()[\]{}|]+$/g, '').replace(/\s+[^\p{L}\p{N}\s'’.-]{1,2}$/u, '');
  // "Name of signatory: Date": a form's next label, read where its value was left blank, is no one's name; nor is
  // an organisation ("NHS Lune and Wyre ICB") read where a person was expected.
  if (!v || /\d|@|\bn\/?a\b|^(tbc|none|unknown|same as above|me|myself|I|us|we|him|her|them)$/i.test(v) || FORM_LABEL_WORDS.test(v) || ORGANISATION_WORD.test(v)) return null;
  const { name } = splitTitle(v);
  if (name.split(' ').length > 5 || name.length < 2) return null;
  return name;
}

/** Words that make a name an organisation's or a system's ("Open Exeter"), not a person's. */
const ORGANISATION_WORD = /\b(?:Open Exeter|PCSE|NHS|ICB|CCG|PCN|Trust|Foundation|Surgery|Practice|Pharmacy|Hospice|Hospital|Centre|Center|Clinic|Council|Ltd|Limited|LLP|plc|Opticians|Healthcare|Federation|Partnership|University)\b/;

/** What a form prints beside an empty box: a label, never a name. */
const FORM_LABEL_WORDS = /^(?:date|dated|date signed|signature|signed|sign here|name|full name|print name|printed name|position|designation|job title|job role|capacity|tel|telephone|phone|e-?mail)$|^(?:position|role|job title)\s+(?:held\b|(?:in|at|within)\s+(?:the\s+)?(?:organi[sz]ation|practice|surgery|pharmacy|company)\b)/i;

/** Title and name for the branch main contact, the only person the contract gives a title. */
export function cleanTitledName(raw: string | null | undefined): { title: string | null; name: string | null } {
  const name = cleanPersonName(raw);
  if (!raw || !name) return { title: null, name };
  const lead = raw.replace(/^\s+/, '');
  const title = splitTitle(lead.split(/,|\s[-–]\s|\(/)[0] ?? lead).title;
  if (title) return { title, name };
  // "for the branch will be Dr Anjali Deshmukh (…)": the title written just before the name the words lead to.
  const forename = name.split(' ')[0] ?? '';
  const before = new RegExp(`\\b(Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\\.?\\s+${escapeRegExp(forename)}\\b`).exec(lead);
  return { title: before?.[1] ?? null, name };
}

/** The first address in a value, lower-cased. */
export function firstEmail(raw: string | null | undefined): string | null {
  if (!raw) return null;
  for (const m of raw.matchAll(EMAIL_IN_TEXT)) {
    const e = normaliseEmail(m[0]);
    if (e) return e;
  }
  return null;
}

/** The first ODS code in a value, upper-cased (even when it fits no shape: core raises ods_invalid). */
export function firstOdsCode(raw: string | null | undefined): string | null {
  if (!raw) return null;
  raw = withoutRetractedCodes(raw);
  const found = findOdsCodes(raw)[0];
  if (found) return found.code;
  // "fa 338", "c84 O12": a labelled value of two or three short groups is one code written with spaces.
  const grouped = /^\s*([a-z0-9]{1,4}(?:\s[a-z0-9]{1,4}){1,2})\s*$/i.exec(raw);
  const joined = grouped?.[1] ? joinedCode(grouped[1]) : null;
  if (joined) return joined;
  // "P876-4": a code-like start joined to more characters is one malformed code, kept whole (core raises ods_invalid).
  const token = /\b([A-Z]{1,3}\d[A-Z0-9]{2,8})\b(?![-/][A-Z0-9])/i.exec(raw);
  if (token) return (token[1] ?? '').toUpperCase();
  return unshapedCode(raw);
}

/**
 * Groups of a code written with spaces, joined and upper-cased, when they fit an ODS shape, or would but for a letter O
 * where a digit 0 belongs ("C84O12"): that one is kept as written, since the email gave it, and core raises ods_invalid.
 */
export function joinedCode(groups: string): string | null {
  const joined = groups.replace(/\s+/g, '').toUpperCase();
  if (!/\d/.test(joined) || joined.length < 5) return null;
  if (classifyOdsCode(joined)) return joined;
  return /O/.test(joined.slice(1)) && classifyOdsCode(`${joined[0]}${joined.slice(1).replace(/O/g, '0')}`) ? joined : null;
}

/**
 * A labelled code written as digits alone ("Practice code: 8123"): no ODS code has that shape, but it is what the
 * email gives, so it is kept and core raises ods_invalid. Three to six digits only: longer runs are phone numbers.
 */
export function digitsOnlyCode(raw: string): string | null {
  const v = raw.trim().replace(/[.,;)]+$/, '').replace(/^\(/, '');
  return /^\d{3,6}$/.test(v) ? v : null;
}

/**
 * A labelled code that fits no ODS shape ("7731-X"), kept as given in upper case so core raises
 * ods_invalid instead of the case silently losing the code. Only a single short token with a digit.
 */
export function unshapedCode(raw: string): string | null {
  const v = raw.trim().replace(/[.,;)]+$/, '').replace(/^\(/, '');
  return /^[A-Z0-9][A-Z0-9/-]{1,11}$/i.test(v) && /\d/.test(v) && !/^\d+$/.test(v) ? v.toUpperCase() : null;
}

/** An NHS trust's (R..) or ICB's (Q..) three-character code in brackets after the body's name. */
const NHS_BODY_CODE = /\b(?:NHS\s+(?:Foundation\s+)?Trust|Foundation\s+Trust|ICB|Integrated\s+Care\s+Board)\s*\(\s*([RQ][A-Z0-9]{2})\s*\)/g;

// A letter O typed for a zero ("G82O33") is the practice's code mistyped too; "Ashby Lane Surgery C8363 so …" with no comma.
const CODE_AFTER_PRACTICE_NAME = /\b(?:Surgery|Practice|Medical Centre|Health Centre|Medical Group)(?:\s*[,(–-]\s*|\s+)([A-Z]\d{4}|[A-Z]\d{2}[A-Z]?\d{3,4}|[A-Z](?:\d{2}(?:O\d{2}|\dO\d|\d{2}O)|\dO\d{3}|O\d{4}))(?=\s*[,.;)–-]|\s+(?:to|for|is|has|and|so|which|please)\b|$)/g;

/** "ODS code 7731-X" in running text: a code named as such, even when it fits no shape. */
const NAMED_CODE = /\b(?:(?:ODS|practice|organi[sz]ation|org|pharmacy|branch|site|surgery|whose|its|their)\s+(?:ODS\s+)?code|ODS)\s*(?:is|:|-|=)?\s*([A-Z0-9][A-Z0-9/-]{1,11})(?: ([A-Z0-9]{2,4}))?(?=[\s,.;)\]]|$)/gi;

/** A UK telephone number as written. */
export function firstPhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // A UK number is 0 and nine or ten more digits, however the groups are spaced ("015394 96000", "0116 496 0150").
  // "(01270) 610 442": the area code in brackets.
  // "(01303) 266 410 ext. 2": an extension is part of the number as written.
  const m = /(?:(?:\+44\s?\(?0?\)?\s?|\b0)(?:\d[\s-]?){8,9}\d\b|\(0\d{2,4}\)\s?(?:\d[\s-]?){5,7}\d\b)(?:\s*,?\s*(?:ext\.?|extn\.?|extension)\s*\d{1,5}\b)?/i.exec(raw);
  return m ? m[0].trim() : null;
}

export function clean(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const v = raw.replace(/\s+/g, ' ').replace(/^["'\s]+|["'\s,;]+$/g, '').trim();
  return v && !/^(n\/?a|none|tbc|-)$/i.test(v) ? v : null;
}

/** A labelled value in a section, turned into a typed value by `convert`. */
export function pick<T>(
  values: LabelledValue[],
  label: RegExp,
  convert: (v: string) => T | null,
  section?: RegExp,
  notLabel?: RegExp,
  notSection?: RegExp,
): Found<T> | null {
  for (const v of values) {
    if (!label.test(v.label) || (notLabel && notLabel.test(v.label))) continue;
    if (!inScope(v, section, notSection)) continue;
    const value = convert(v.value);
    if (value !== null && value !== undefined) return { value, line: v.line };
  }
  return null;
}

export { findLabelled, joinValueLines };

/**
 * Whether a value belongs to a section: a label naming its own section ("Branch ODS code") wins
 * over the heading it sits under; otherwise the heading decides.
 */
export function inScope(v: LabelledValue, section?: RegExp, notSection?: RegExp): boolean {
  const labelIn = section ? section.test(v.label) : false;
  const labelOut = notSection ? notSection.test(v.label) : false;
  if (labelOut && !labelIn) return false;
  if (labelIn) return true;
  if (section && !section.test(v.section)) return false;
  if (notSection && notSection.test(v.section)) return false;
  return true;
}

/** Every capitalised run of a name, for matchAll (which copies it, so its lastIndex stays 0). */
const NAME_RUNS = new RegExp(NAME_PATTERN, 'gu');

/**
 * "Callum Reid, Finance Assistant, callum.reid2@nhs.net": of the comma-separated parts before an address, the name the
 * address spells (its surname in the local part), when the part next to the address is not it (a job title there
 * would otherwise be read as the name). Null when no part, or the nearest part already, is that name.
 */
function nameSpelledBy(email: string, before: string): string | null {
  const local = email.split('@')[0]?.toLowerCase().replace(/[^a-z]/g, '') ?? '';
  const spells = (name: string | null) => {
    const surname = name?.split(/\s+/).pop()?.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '') ?? '';
    return surname.length >= 3 && local.includes(surname);
  };
  const parts = before.split(/[,;|]|\s[-–]\s/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2 || spells(parts[parts.length - 1] ?? '')) return null;
  for (const part of parts.slice(0, -1).reverse()) {
    // The capitalised run in the part ("please add Callum Reid" → "Callum Reid"), not the words that lead to it.
    const runs = [...part.matchAll(NAME_RUNS)].map((m) => cleanPersonName(stripLeadingWords(m[0].replace(/^(?:I['’]m|I am|it['’]s|this is)\s+/i, '')) ?? ''));
    const name = runs.reverse().find((n) => n && spells(n));
    if (name) return name;
  }
  return null;
}

/** Finds "Jane Smith (jane@nhs.net)", "Jane Smith - jane@nhs.net", "jane@nhs.net (Jane Smith)" in running text. */
export function findPersonWithEmail(text: string, exclude: ReadonlySet<string> = new Set()): Found<{ name: string | null; email: string }> | null {
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(EMAIL_IN_TEXT)) {
      const email = normaliseEmail(m[0]);
      if (!email || exclude.has(email)) continue;
      return { value: { name: nameSpelledBy(email, line.slice(0, m.index ?? 0)) ?? nameNextTo(line, m.index ?? 0, m[0].length), email }, line: line.trim() };
    }
  }
  return null;
}

/** A name right before an address (and what may stand between them), and one in brackets right after it; built once. */
const NAME_BEFORE_ADDRESS = new RegExp(`(?:${TITLE_PATTERN})?(${NAME_PATTERN})\\s*(?:[(<[,:–-]|\\bon\\b|\\bat\\b|\\bemail\\b|\\be-mail\\b|\\s)*\\s*(?:mailto:)?$`, 'u');
const NAME_AFTER_ADDRESS = new RegExp(`^\\s*[>)\\]]?\\s*[(,–-]\\s*(?:${TITLE_PATTERN})?(${NAME_PATTERN})`, 'u');

/** The name written just before (or just after, in brackets) an address on its line. */
export function nameNextTo(line: string, index: number, length: number): string | null {
  const before = line.slice(0, index);
  const m = NAME_BEFORE_ADDRESS.exec(before.replace(/\s*(?:'s|’s)?\s*(?:nhs\.?net\s+)?(?:email|e-mail)(?:\s+address)?(?:\s+is)?\s*[:(]?\s*$/i, ' ').replace(/\s+$/, ' '));
  const candidate = m?.[1] ? stripLeadingWords(m[1]) : null;
  if (candidate) return cleanPersonName(candidate);
  const after = line.slice(index + length);
  const a = NAME_AFTER_ADDRESS.exec(after);
  return a?.[1] ? cleanPersonName(stripLeadingWords(a[1])) : null;
}

const NOT_NAME_WORDS = new Set([
  'Please', 'Hi', 'Hello', 'Dear', 'Email', 'E-mail', 'Name', 'Contact', 'Main', 'New', 'The', 'Our', 'My', 'Her', 'His', 'Their', 'User', 'Admin',
  'Practice', 'Manager', 'Address', 'Can', 'Could', 'Would', 'Thanks', 'Thank', 'Kind', 'Regards', 'Is', 'At', 'For', 'And', 'Make', 'Nominate',
  'Set', 'Up', 'Add', 'To', 'As', 'Be', 'This', 'I', 'We', 'GP', 'GPP', 'PL', 'PCN', 'OPTO', 'NHS', 'ODS', 'Code', 'Dr', 'Mr', 'Mrs', 'Ms', 'Miss',
  'Administrator', 'Partner', 'Lead', 'Caldicott', 'Guardian', 'Primary', 'Existing', 'Current', 'Surgery', 'Centre', 'Medical', 'Health', 'Group',
  'Account', 'Username', 'ID', 'Registered', 'Organisation', 'Organization', 'Pharmacy', 'Nominee', 'Approver', 'Signed', 'By', 'From', 'Via', 'On', 'Of',
]);

const NAME_PARTICLE = /^(?:van|von|der|den|de|du|da|di|del|della|le|la|bin|binti|ibn|al|el|ap|ten|ter|dos|das)$/;

/**
 * "new main contact Adebayo Balogun": lower-case words before a capitalised name describe the person. A name typed
 * all in lower case ("jane smith") and particles ("van der Berg") stay.
 */
function dropDescriptiveLead(words: string[]): void {
  while (words.length > 2 && /^\p{Ll}+$/u.test(words[0] ?? '') && !NAME_PARTICLE.test(words[0] ?? '') && words.slice(1).filter((w) => /^\p{Lu}/u.test(w)).length >= 2) words.shift();
}

/** Drops capitalised words that begin a sentence or label rather than a name ("Please Jane Smith"). */
export function stripLeadingWords(s: string): string | null {
  const words = s.trim().split(/\s+/);
  while (words.length > 0 && NOT_NAME_WORDS.has(words[0] ?? '')) words.shift();
  dropDescriptiveLead(words);
  while (words.length > 0 && NOT_NAME_WORDS.has(words[words.length - 1] ?? '')) words.pop();
  if (words.length < 2 || words.some((w) => NOT_NAME_WORDS.has(w) && !/^(Ni|Ní|Nic|Mac|O')$/.test(w))) return null;
  return words.join(' ');
}

/** Every ODS code in text with its line, in order. */
export function odsCodesWithLines(text: string): Found<string>[] {
  const out: Found<string>[] = [];
  const seen = new Set<string>();
  for (const line of text.split('\n')) {
    for (const code of odsCodesInLine(line)) {
      if (seen.has(code)) continue;
      seen.add(code);
      out.push({ value: code, line: line.trim() });
    }
  }
  return out;
}

/**
 * The same lines are read for codes several times per email (the body, the body with the subject, a signature, a
 * clause), and each read runs five patterns over every line: a line's codes are kept for the lines read last.
 */
const CODES_BY_LINE = new Map<string, readonly string[]>();
const CODES_BY_LINE_MAX = 512;

/** The ODS codes written in one line, in the order they are written (a code may appear twice). */
function odsCodesInLine(line: string): readonly string[] {
  const known = CODES_BY_LINE.get(line);
  if (known) return known;
  const codes = readOdsCodesInLine(line);
  if (CODES_BY_LINE.size >= CODES_BY_LINE_MAX) CODES_BY_LINE.clear();
  CODES_BY_LINE.set(line, codes);
  return codes;
}

function readOdsCodesInLine(line: string): readonly string[] {
  // "M 07700 900 077" (a mobile after its letter) is a phone number, not the branch code "M07700900".
  const withoutEmails = withoutRetractedCodes(line).replace(EMAIL_IN_TEXT, ' ').replace(/\bPCSE-\d{4}-\d{6}\b/gi, ' ').replace(/\bGMC\D{0,20}\d{7}\b/gi, ' ').replace(UK_PHONE, ' ');
  const inLine: { at: number; code: string }[] = [];
  const shapedSpans: [number, number][] = [];
  for (const m of withoutEmails.matchAll(ODS_CODE_CANDIDATE)) {
    const c = classifyOdsCode(m[0]);
    if (!c) continue;
    inLine.push({ at: m.index ?? 0, code: c.code });
    shapedSpans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const m of withoutEmails.matchAll(NAMED_CODE)) {
    const raw = m[1] ?? '';
    const at = (m.index ?? 0) + m[0].lastIndexOf(m[2] ? `${raw} ${m[2]}` : raw);
    // "code C81 640": the first group of a code typed in groups is not a code of its own.
    if (shapedSpans.some(([from, to]) => at >= from && at < to)) continue;
    // "ODS fq3 41": after its label, a code typed in two groups is one code when joined it has a code's shape.
    const joined = m[2] ? classifyOdsCode(`${raw}${m[2]}`) : null;
    if (joined) inLine.push({ at, code: joined.code });
    else if (!classifyOdsCode(raw) && unshapedCode(raw)) inLine.push({ at, code: raw.toUpperCase() });
    // "Our organisation code is NHM": a trust's, an ICB's or a hospice's code named as such, in capitals as the codes are.
    else if (!m[2] && classifyOdsCode(raw)?.type === 'other' && raw === raw.toUpperCase()) inLine.push({ at, code: raw });
    // "Our practice code is 019284 (it's the number on our contract letter)": digits named as the code are what the
    // email gives for it (core raises ods_invalid), not nothing.
    else if (!m[2] && /^(?:ODS|practice|organi[sz]ation|pharmacy|surgery)\b/i.test(m[0]) && digitsOnlyCode(raw)) inLine.push({ at, code: raw });
  }
  // "Pennine Fells Community NHS Trust (RFZ)": a trust's or an ICB's three-character code, in brackets after its name.
  for (const m of withoutEmails.matchAll(NHS_BODY_CODE)) {
    const raw = m[1] ?? '';
    inLine.push({ at: (m.index ?? 0) + m[0].lastIndexOf(raw), code: raw.toUpperCase() });
  }
  // "Meadowbank Surgery, G8211, to Lisa Tranter": a practice's code right after its name, a digit short of any shape,
  // is the practice's code mistyped (core raises ods_invalid), not nothing.
  for (const m of withoutEmails.matchAll(CODE_AFTER_PRACTICE_NAME)) {
    const raw = m[1] ?? '';
    const at = (m.index ?? 0) + m[0].lastIndexOf(raw);
    if (!classifyOdsCode(raw) && !shapedSpans.some(([from, to]) => at >= from && at < to)) inLine.push({ at, code: raw.toUpperCase() });
  }
  return inLine.sort((a, b) => a.at - b.at).map((c) => c.code);
}

export { classifyOdsCode };

/** A UK postcode as people write it ("LS1 4AP", "LS14AP"): the end of an address. */
export const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;

/** A postcode with more written after it in the same value; built once. */
const ADDRESS_THEN_MORE = new RegExp(String.raw`^(.*\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b\s*(?:[,;/|–—-]|\s(?=\p{Ll}))\s*\S.*$`, 'u');

/**
 * An address ends at its postcode: what the same value carries after it ("… GL7 3AD, Tel 01367 252118", "… NN16 8JB
 * - main contact me", "… WS1 3QP / 01922 614300") is the next detail, not the address.
 */
export function endAtPostcode(address: string): string {
  const m = ADDRESS_THEN_MORE.exec(address);
  return m?.[1] && !UK_POSTCODE.test(address.slice(m[1].length)) ? m[1] : address;
}

/** A UK phone number as people write it (10 or 11 digits from the 0 or +44, in groups); no ODS code is one. */
const UK_PHONE = /(?<![\p{L}\d])(?:\+44\s?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s-]?\d){8,9}(?![\s-]?\d)/gu;

const RETRACTION = /\b(?:sorry|apologies|oops|wrong|typo|mistake|ignore that|my bad)\b/i;
const CORRECTION = /\b(?:correct(?:ed)?|right|actual|proper|real)\s+(?:ods\s+|practice\s+|org(?:anisation)?\s+)?(?:code|one|number)\b|\bshould (?:be|read|have been)\b|\bI meant\b|\bmeant to (?:say|write|put)\b/i;

/**
 * A line whose writer takes a code back and gives another ("ODS Y02714… sorry, that is our PCN number! Correct code:
 * E86631"): only what follows the correction. A retracted code read as the practice's would be a wrong value.
 */
export function withoutRetractedCodes(line: string): string {
  const retraction = RETRACTION.exec(line);
  if (!retraction) return line;
  const rest = line.slice(retraction.index);
  const correction = CORRECTION.exec(rest);
  return correction ? rest.slice(correction.index) : line;
}

/**
 * The code a request is about. When the writer lists three or more of their organisations' codes and then names one
 * of them again ("This request is ONLY for the Stockport store (TPK41)"), that one, not the list's first; otherwise
 * the first code in the text.
 */
export function requestedOdsCode(text: string): Found<string> | null {
  const codes = odsCodesWithLines(text);
  if (codes.length < 3) return codes[0] ?? null;
  const lines = text.split('\n');
  const linesNaming = (code: string) => {
    const naming = new RegExp(`\\b${code}\\b`, 'i');
    return lines.filter((l) => naming.test(withoutRetractedCodes(l)));
  };
  const named = codes.map((c) => ({ c, lines: linesNaming(c.value) })).filter((x) => x.lines.length >= 2);
  if (named.length !== 1) return codes[0] ?? null;
  const [only] = named;
  return { value: only!.c.value, line: (only!.lines[only!.lines.length - 1] ?? only!.c.line).trim() };
}

/**
 * A code written with spaces, which the ODS candidate pattern cannot see: letter by letter after a
 * word naming it ("ods: t p q 1 7"), or split three and three ("j82 417"). Upper-cased, and only
 * when the joined characters fit an ODS shape.
 */
export function spacedOdsCode(text: string): Found<string> | null {
  for (const line of text.split('\n')) {
    // "practice code T P B 48": spelt out a character at a time, the digits said together at the end.
    const spelled = /\b(?:ods|code)\b\s*(?:code)?\s*(?:is|:|-|=)?\s*((?:[a-z0-9]\s+){3,8}[a-z0-9]|(?:[a-z]\s+){2,4}\d{2,3})\b/i.exec(line);
    if (spelled?.[1]) {
      const joined = spelled[1].replace(/\s+/g, '').toUpperCase();
      if (classifyOdsCode(joined)) return { value: joined, line: line.trim() };
    }
    // "our code is c84 O12", "code: fa 338": two or three short groups after a word naming the code.
    const grouped = /\b(?:ods|code)\b\s*(?:code)?\s*(?:is|:|-|=)?\s*([a-z0-9]{1,4}(?:\s[a-z0-9]{1,4}){1,2})(?![a-z0-9@])/i.exec(line);
    const groups = grouped?.[1]?.split(/\s/) ?? [];
    const joinedGroups = groups.length === 3 ? joinedCode(groups.join(' ')) ?? joinedCode(groups.slice(0, 2).join(' ')) : groups.length === 2 ? joinedCode(groups.join(' ')) : null;
    if (joinedGroups) return { value: joinedGroups, line: line.trim() };
    // "( f q 4 7 1 )": a code spelt out inside padded brackets.
    const bracketed = /\(\s*((?:[a-z0-9]\s+){3,7}[a-z0-9])\s*\)/i.exec(line);
    const inBrackets = bracketed?.[1] ? bracketed[1].replace(/\s+/g, '').toUpperCase() : null;
    if (inBrackets && /\d/.test(inBrackets) && /[A-Z]/.test(inBrackets) && classifyOdsCode(inBrackets)) return { value: inBrackets, line: line.trim() };
    // "Wellspring surgery J 8 2 6 3 1", "Greenway Medical Practice - L81 0 63": a GP code typed with spaces anywhere,
    // straight after the practice's name.
    const afterName = /\b(?:surgery|practice|medical centre|health centre|medical group)\s*[-–:,(]?\s*([a-z](?:\s?\d){5})(?![\s\d]*\d)/i.exec(line.replace(EMAIL_IN_TEXT, ' '));
    if (afterName?.[1] && /\s/.test(afterName[1])) {
      const joined = afterName[1].replace(/\s+/g, '').toUpperCase();
      if (classifyOdsCode(joined)?.type === 'gp_practice') return { value: joined, line: line.trim() };
    }
    // "j82 417", "Y 01 930": a GP code split after its letter or its first three characters.
    const split = /\b([a-z])\s?(\d{2})\s(\d{3})\b/i.exec(line.replace(EMAIL_IN_TEXT, ' '));
    if (split) {
      const joined = `${split[1]}${split[2]}${split[3]}`.toUpperCase();
      if (classifyOdsCode(joined)?.type === 'gp_practice') return { value: joined, line: line.trim() };
    }
  }
  return null;
}

/** Words that make a display name a team's, a shared mailbox's or an organisation's, not a person's. */
const TEAM_WORDS = /\b(?:operations|team|office|reception|admin|administration|enquiries|support|services?|department|accounts|contracts|compliance|helpdesk|service ?desk|mailbox|no-?reply|info|finance|governance|surgery|practice|pharmacy|pharmacies|opticians?|dental|group|ltd|limited|plc|medical|health|clinic|pcn|icb|federation|partnership|trust|hub)\b/i;

/**
 * The person behind a From display name. A shared mailbox's name ("Regional Operations - Clearview Opticians",
 * "Reception Team") is nobody: the person is the one who signs the message off (a line that is only a name, in
 * `signOff`), or nobody, rather than a team's name on the card as a person's.
 */
export function personalDisplayName(name: string | null, signOff: string): string | null {
  const first = (name ?? '').split(/\s[-–|]\s|[(,]/)[0]?.trim() ?? '';
  if (!name || !TEAM_WORDS.test(first)) return name;
  for (const line of signOff.split('\n').map((l) => l.trim())) {
    if (line.length > 40 || /[\d@:|,]/.test(line) || TEAM_WORDS.test(line)) continue;
    const person = /^(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:ap|ab|de|van|von|al|bin|ní|nic|o')\s+)?\p{Lu}[\p{L}'’-]+){1,2})$/u.exec(line);
    if (person?.[1] && stripLeadingWords(person[1]) === person[1]) return person[1];
  }
  return null;
}

/**
 * "Oluwaseun (Seun) Bakare" signing as "Seun Bakare": the name the person is known by in brackets, their own name
 * around it. The display name is kept unless the sign-off shows it is the short form of that name.
 */
export function formalNameFromSignOff(name: string | null, signOff: string, email: string | null = null): string | null {
  if (!name) return name;
  const known = name.trim().toLowerCase();
  const [knownForename = '', ...rest] = known.split(/\s+/);
  const knownSurname = rest.at(-1) ?? '';
  const local = (email ?? '').split('@')[0]?.toLowerCase() ?? '';
  for (const line of signOff.split('\n')) {
    const m = /^\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\.?\s+)?(\p{Lu}[\p{L}'’-]+)\s+\((\p{Lu}[\p{L}'’-]+)\)\s+([\p{L}'’ -]+?)\s*(?:[(,|]|$)/u.exec(line);
    if (m?.[1] && m[2] && m[3] && `${m[2]} ${m[3]}`.toLowerCase() === known) return `${m[1]} ${m[3]}`;
    // "MARSH-WHITAKER, Helen (NHS …)" signing "Helen Marsh-Whitaker": the directory's capitals are not how she writes it.
    const asSigned = /^\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*$/u.exec(line)?.[1];
    if (asSigned && asSigned.toLowerCase() === known && /\b\p{Lu}{2,}\b/u.test(name) && !/\b\p{Lu}{3,}\b/u.test(asSigned)) return asSigned;
    // "From: Tom Whitaker <thomas.whitaker@…>" signing "Dr Thomas Whitaker": the full forename the address spells too.
    const full = /^\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(line);
    const forename = full?.[1]?.toLowerCase();
    if (full?.[2] && forename && knownSurname && full[2].toLowerCase() === knownSurname && forename !== knownForename && forename.length > knownForename.length && forename[0] === knownForename[0] && new RegExp(`^${forename}[._-]`).test(local)) return `${full[1]} ${full[2]}`;
    // "From: Rajinder Bhogal" signing "Rajinder Singh Bhogal BSc(Hons) MCOptom": the middle name the header left out.
    const middle = SIGNED_WITH_MIDDLE_NAME.exec(line);
    if (middle?.[1] && middle[2] && middle[3] && rest.length === 1 && middle[1].toLowerCase() === knownForename && middle[3].toLowerCase() === knownSurname) return `${middle[1]} ${middle[2]} ${middle[3]}`;
  }
  return name;
}

/** A sign-off's three names, then letters after them ("Rajinder Singh Bhogal BSc(Hons) MCOptom"). */
const SIGNED_WITH_MIDDLE_NAME = /^\s*(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\.?\s+)?(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)\s+(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:,?\s+(?:\p{Lu}[\p{L}]*(?:\([\p{L}]+\))?))*\s*$/u;

/**
 * Exchange directories display people as "SURNAME, Forename (ORGANISATION)": the person is "Forename SURNAME".
 * Any other display name is returned as it is.
 */
export function reorderDisplayName(raw: string | null): string | null {
  const m = /^\s*["']?(\p{Lu}[\p{L}'’-]+),\s*((?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,2}?)\s*(?:\([^)]*\))?["']?\s*$/u.exec(raw ?? '');
  // "Smith, Practice Manager" is a name and a role, not a reversed name.
  if (!m?.[1] || !m[3] || NOT_A_FORENAME.test(m[3])) return raw;
  return `${m[3]} ${m[1]}`;
}

/** Text to match literally inside a RegExp built from it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a bulleted list goes on past line `at` (blank): an HTML list turned into text leaves blank lines between items. */
export function listGoesOnAfter(lines: readonly string[], at: number): boolean {
  return /^\s*(?:[-–•*·▪]|\d{1,2}[.)])\s+\S/.test(lines.slice(at + 1).find((l) => l.trim()) ?? '');
}
