/**
 * OCR of a scanned form leaves specks and box edges in its lines: "Practice name i Heaton Moor Medical Group",
 * "Job title Reception Lead :", "Signatory. position © GP Partner c", "Email address jo@nhs. net". A speck beside a
 * value stops the flat-form reader splitting label from value, or ends up in the value. This cleans the lines OCR
 * read (a PDF's text-layer lines are left as they are), and the OCR lines themselves, so a value still matches the
 * OCR line it came from (the "read from a scan: check" mark).
 */
import { editDistance, READ_FROM_SCAN } from './confidence.js';
import type { PdfReadResult } from './pdf-form.js';

/** A token that is only marks: box edges, specks read as punctuation or a copyright sign. */
const MARKS = "[|¦©®°•»«~`'‘’\"“”:;.,_—–-]+";
/** After a value, more: "KERRY ASHWORTH =~" (before one, "=" may be an empty box: "= Caldicott Guardian"). */
const TRAILING_MARKS = "[|¦©®°•»«~`'‘’\"“”:;.,_—–=£€¥$*^-]+";

/** Marks that are never a separator a writer put between two words. */
const SPECKS = "[|¦©®°•»«~`'‘’\"“”:;_]+";

/** The marks cleanOcrLine takes off a line's ends and from between its words; built once, not for every line. */
const LEADING_MARKS = new RegExp(`^${MARKS}\\s*(?=\\S)`, 'u');
const TRAILING_MARK_OR_LETTER = new RegExp(`\\s+(?:${TRAILING_MARKS}|[a-z])$`, 'u');
// Not an "x" before a capitalised word: "0 GP Partner x Caldicott Guardian" is the tick a hand put by the option.
const SPECK_BETWEEN_WORDS = new RegExp(`(?<=\\S)\\s+(?:${SPECKS}|[b-wyz]|x(?!\\s+\\p{Lu}))(?=\\s+\\S)`, 'gu');

/** One OCR'd line without the specks around and between its words. */
export function cleanOcrLine(line: string): string {
  let v = line.trim();
  // Leading and trailing marks, and a lone lower-case letter at the end ("GP Partner c", "Date 19/11/2026 . i").
  for (let before = ''; before !== v; ) {
    before = v;
    v = v.replace(LEADING_MARKS, '').replace(TRAILING_MARK_OR_LETTER, '').trim();
    // After a value in capitals (handwriting is printed in them), a stray digit or two lower-case letters is a speck:
    // "Forename(s) REBECCA 2", "Name DR ANJALI VARMA co".
    // So is a word of two letters, a capital then a small one ("FAIRFIELD MEDICAL CENTRE To"): no value in capitals ends so.
    v = v.replace(/(?<=\b\p{Lu}{2,})\s+(?:\d|\p{Ll}{1,2}|\p{Lu}\p{Ll})$/u, '').trim();
    // "Senior Partner )": a box's edge read as a bracket standing alone, with none to pair it.
    if (!v.includes('(')) v = v.replace(/\s+\)$/u, '').trim();
    if (!v.includes(')')) v = v.replace(/^\(\s+/u, '').trim();
  }
  // "[L[8[5]6[3]3]": a form's comb of boxes, one character a box, read with each box's edge as a bracket or bar.
  v = v.replace(/[[\]|]?(?:[A-Za-z0-9@.][[\]|]+){3,}[A-Za-z0-9@.]?/g, (comb) => comb.replace(/[[\]|]/g, ''));
  // "G8223]": a code's last digit 1 read as a bracket or bar (a code is letters then digits, never a bracket).
  v = v.replace(/(?<![\p{L}\d])([A-Z]{1,2}\d{3,}|[A-Z]\d[A-Z\d]\d{2,})[\]|!](?=\s|$)/gu, '$11');
  // "IN84027": a box's edge read as an I or l before a practice code (a letter, then five digits).
  v = v.replace(/(?<![\p{L}\d])[Il|]([A-HJ-Z]\d{5})\b/gu, '$1');
  // "Practice code 181072", "Branch ODS code: 183102001": a code's L, italic or handwritten, read as a 1 (seen on three
  // scans of three writers; a practice code is a letter and five digits, a branch's a letter and eight, never all digits).
  v = v.replace(/(?<=\b(?:code|ODS)\b[^\d\n]{0,20})\b1(\d{5}(?:\d{3})?)\b/gi, 'L$1');
  // "Practice code ) F8502 7": a practice code's last digit read apart from the rest (a gap in the boxes); at a line's
  // end, the lone digit joined back makes the letter and five digits a practice code has.
  v = v.replace(/(?<=\b(?:code|ODS)\b[^\n]{0,20}?)\b([A-Z]\d{4})\s(\d)$/gi, '$1$2');
  // "HB81076": a handwritten 8 read as "B8" after a practice code's letter (seen on two forms of one writer's hand).
  v = v.replace(/\b([A-Z])B(8\d{4})\b/g, '$1$2');
  // "PB7620": a practice code (a letter, then five digits) with a digit read as the letter it looks like.
  v = v.replace(/\b([A-Z])([0-9BOISZ]{5})\b/g, (token, letter: string, rest: string) => ((rest.match(/\d/g)?.length ?? 0) >= 3 ? `${letter}${rest.replace(/B/g, '8').replace(/O/g, '0').replace(/I/g, '1').replace(/S/g, '5').replace(/Z/g, '2')}` : token));
  // "NRDO7": a site's code (three characters of its organisation, two digits) with a nought read as the letter O.
  v = v.replace(/\b([RQN][A-Z]{2})([0-9O]{2})\b/g, (token, head: string, tail: string) => (/\d/.test(tail) ? `${head}${tail.replace(/O/g, '0')}` : token));
  // "Jjoanne.fitzgerald7@nhs.net": a box's edge read as the capital of the address's first letter.
  v = v.replace(/(?<![\w.@-])([A-Z])(?=([a-z])[a-z0-9._-]*@)/g, (cap: string, _c: string, next: string) => (cap.toLowerCase() === next ? '' : cap));
  // "_aled.pryce@nhs.net": a box's bottom edge read as an underscore before an address (none starts with one).
  v = v.replace(/(?<![\w.-])_+(?=[a-z0-9][a-z0-9._-]*@)/gi, '');
  // "© |joanne.templeton@nhs.net": a box edge glued to the front of an address.
  v = v.replace(/[|¦[\]](?=[a-z0-9._-]+@)/gi, '');
  // "Position held Senior Partner 5": a speck read as a digit after a job title (a title never ends in one).
  v = v.replace(JOB_TITLE_THEN_SPECK, '');
  // "a.0konkwobain€s@nhs.net": in an address, a euro sign is an e and a nought opening a part of letters an o.
  v = v.replace(/\S+@\S+/g, (address) => address.replace(/€/g, 'e').replace(/(^|[._-])0(?=\p{Ll}{2})/gu, '$1o'));
  // "Surname ‘Blackwood-Price", "Telephone [01632960 650", "Signatory name ) Dr Farhan": a box's left edge read as a
  // mark between the label and the value, with nothing after it to pair it.
  v = v.replace(/(?<=[\p{L}:])\s+([‘“"`'[(|)])\s*(?=[\p{Lu}\d])/gu, (found: string, mark: string, at: number, whole: string) => {
    const closer = ({ '‘': '’', '“': '”', '"': '"', '[': ']', '(': ')' } as Record<string, string>)[mark];
    return closer && whole.slice(at + found.length).includes(closer) ? found : ' ';
  });
  // "User Administrator] Dawn": a box's edge read as a bracket glued to a word, with no bracket to pair it.
  if (!/\[[^\]]*\]/.test(v)) v = v.replace(/(?<=\p{L})[\]\[](?=\s|$)/gu, '').replace(/(?<=^|\s)[\]\[](?=\p{L})/gu, '');
  // "3 Position / role GP Partner", "E Part B - …": a speck read as a digit or a capital before a form's label.
  // "* Email address …", "oo Full name …": an asterisk or specks of small letters there too.
  v = v.replace(/^(?:\d|[A-Z]|\*|[a-z]{1,2})\s+(?=(?:Position|Nominee|Approver|Practice|Job|E-?mail|Signatory|Name|Full name|First name|Surname|Forename|Part)\b)/, '');
  // "Full name Dr Alan Whitcombe 8": a speck read as a digit after a name (no name ends in one).
  v = v.replace(/^((?:Full |First |Signatory |Nominee |Approver )?(?:name|surname|forenames?)\b.*\p{Lu}\p{Ll}+)\s+\d$/iu, '$1');
  // "Name of signatory | Dr Meera Nair en liy": short words in small letters after a name in capitals are specks.
  v = v.replace(/^((?:[\p{L} ]*\s)?(?:[Nn]ame|[Ss]urname)\b(?: of [\p{L} ]{2,30})?\W+(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){1,3})(?:\s+\p{Ll}{1,3}){1,2}$/u, '$1');
  // "Approver name Or ohidi Okonkwo": a title's D read as an O, before the name.
  v = v.replace(/(?<=\bname\b[\s:|]*)Or\s+(?=\p{L}+\s+\p{Lu})/u, 'Dr ');
  // "Dr Samue| Adeyemi-Price": a bar after a small letter, in a word, is an l.
  v = v.replace(/(?<=\p{Ll})\|(?=\p{Ll}|[\s,.]|$)/gu, 'l');
  v = rejoinSpacedWords(v);
  // "Practice code (ODS) | Lg3614 1": a code with a small letter among its digits is a digit misread, and which digit
  // cannot be told ("g" for an 8 here): better no code than another practice's.
  // "Practice code 1 B830%9 H": a code with a mark read into it, cut short where the mark is, is no code either.
  v = v.replace(/(?<=\b(?:code|ODS)\b[^\n]{0,12}?)\b[A-Z]{1,3}\d{1,4}[%#&*$£@?]\w*/g, '');
  v = v.replace(/(?<=\b(?:code|ODS)\b[^\n]{0,12}?)\b[A-Z](?=[A-Za-z\d]{5}\b)(?=(?:[A-Z]?\d*)[a-z]\d)[A-Za-z\d]{5}\b(?:\s+\d\b)?/g, '');
  return (
    v
      // A lone mark or lower-case letter between words ("name i Heaton", "position © GP"); "a" is a word.
      // Not a dash or a comma: "Section 1 - Proposed user", "Rochdale Road , Todmorden" separate on purpose.
      .replace(SPECK_BETWEEN_WORDS, '')
      // "fiona. drummond@nhs.net": a space read into an address's name part after its dot (both parts in small letters).
      .replace(/(?<![\w.@-])([a-z][a-z0-9-]*)\.\s([a-z][a-z0-9._-]*@)/g, '$1.$2')
      // "jo@nhs. net": a space read into an address after its dot.
      .replace(/(@[a-z0-9-]+(?:\.[a-z0-9-]+)*)\.\s+(net|uk|com|org|gov)\b/gi, '$1.$2')
      // "jo@nhs .net": and before it.
      .replace(/(@[a-z0-9-]+(?:\.[a-z0-9-]+)*)\s+\.(net|uk|com|org|gov)\b/gi, '$1.$2')
      // "anjali. varma@nhs.net": and after a dot in its local part.
      .replace(/(?<![\w.])([a-z0-9]+)\.\s+([a-z0-9._-]+@)/gi, '$1.$2')
      // "Surname . Maguire": a full stop standing alone between two words is a speck.
      .replace(/(?<=\S)\s+\.(?=\s+\S)/g, '')
      // "niamh.maguire @nhs.net": a space read into an address before its "@".
      .replace(/([a-z0-9._-])\s+@(?=[a-z0-9-]+\.[a-z])/gi, '$1@')
      // "Signatory. position": a full stop inside a label, before a lower-case word.
      .replace(/(\p{L})\.\s+(?=\p{Ll})/gu, '$1 ')
      // "Telephone -0151 …": a dash read before a UK number.
      .replace(/(?<=\s)[-–—](?=0\d)/g, '')
      .replace(/\s{2,}/g, ' ')
      // "GP Partner : Co": once the mark between is gone, the letters after the title are a speck too.
      .replace(JOB_TITLE_THEN_SPECK, '')
  );
}

/** Words printed or written on the PCSE forms and in job titles: what a word split by OCR may be put back to. */
const FORM_WORDS = new Set(
  'partner manager practice medical surgery centre certification administrator assistant director directors guardian caldicott primary contact signature address telephone nominee nominated approver position organisation existing member board health pharmacy opticians optician dental nurse receptionist secretary business operations clinical senior principal deputy registered practitioner reception management services partnership network'.split(' '),
);

/**
 * "GP PART NER", "ME DICAL PR ACTICE", "Certi fication": handwriting in capitals, spaced letter by letter, and a word
 * printed wide, read as two words neither of which is one. Joined where together they are a word of the forms.
 */
function rejoinSpacedWords(line: string): string {
  const words = line.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const [a = '', b = '', c = ''] = [words[i], words[i + 1], words[i + 2]];
    if (c && joinsIntoFormWord([a, b, c])) {
      out.push(a + b + c);
      i += 2;
    } else if (b && joinsIntoFormWord([a, b])) {
      out.push(a + b);
      i++;
    } else out.push(a);
  }
  return out.join(' ');
}

/** Parts that are not all words of the forms and together are one, each written in one case ("PART NER", "Certi fication"). */
function joinsIntoFormWord(parts: string[]): boolean {
  const [first = '', ...rest] = parts;
  if (!parts.every((p) => /^\p{L}+$/u.test(p)) || !FORM_WORDS.has(parts.join('').toLowerCase()) || parts.every((p) => FORM_WORDS.has(p.toLowerCase()))) return false;
  // One word's letters in one case: "PART NER", "Certi fication", "M ANAGER"; not "Lead Gp".
  const upper = (p: string): boolean => p === p.toUpperCase();
  return upper(first) ? rest.every(upper) || (first.length === 1 && rest.every((p) => p === p.toLowerCase())) : rest.every((p) => p === p.toLowerCase());
}

/** A speck read as a digit or a letter or two after a job title ("Senior Partner 5", "GP Partner Co", "GP Partner A"; not "Lead Gp"). */
const JOB_TITLE_THEN_SPECK = /(?<=\b(?:Partner|Manager|GP|Director|Guardian|Holder|Lead|Administrator|Nurse|Pharmacist|Optometrist|Dentist|Member))\s+(?:\d|(?!Gp\b)\p{Lu}?\p{Ll}{1,2}\.?|\p{Lu})$/u;

/** A PDF read with OCR'd pages, with those pages' lines cleaned in its text and in its OCR lines. */
export function cleanScanNoise(result: PdfReadResult): PdfReadResult {
  const lines = result.ocr?.lines;
  if (!result.ocr || !lines || lines.length === 0) return result;
  const read = new Set(lines.map((l) => l.text.trim()));
  // A line read at under 30 % with no word of four letters or digits ("=e RUG. SSS", "E EE"): a table's rules and a
  // box's shading, not writing; an address or a longer word is kept for the reviewer, however unsure.
  const noise = new Set(lines.filter((l) => l.confidence < 0.3 && !/@|[\p{L}\d]{4}/u.test(l.text)).map((l) => l.text.trim()));
  // A line that is only specks once cleaned ("— \\", ". co - |": a table's rules between two rows) goes: it would part
  // a label's lines that belong together ("First name: Niamh" / "Surname: Maguire").
  const text = result.text
    .split('\n')
    .flatMap((l) => {
      if (!read.has(l.trim())) return [l];
      if (noise.has(l.trim())) return [];
      const cleaned = cleanOcrLine(l);
      return onlySpecks(cleaned) ? [] : [cleaned];
    })
    .join('\n');
  return { ...result, text, ocr: { ...result.ocr, lines: lines.filter((l) => !noise.has(l.text.trim())).map((l) => ({ ...l, text: cleanOcrLine(l.text) })).filter((l) => !onlySpecks(l.text)) } };
}

/** A cleaned OCR line with nothing a writer wrote: marks, or one or two lower-case letters. */
function onlySpecks(line: string): boolean {
  return /^(?:\p{Ll}{1,2}|[^\p{L}\d]*)$/u.test(line.trim());
}

/**
 * A person read from a scan whose name is one of the email's own people misread ("Aoite O'Sullivan" on the form of
 * Aoife O'Sullivan, who sent it): the name as their header spells it, and their address where the scan gave none or
 * one misread. One letter in five at most may differ, word for word; a different person is never taken for them.
 */
export function typedSpellingOfScannedPeople(result: { fields: Record<string, unknown>; evidence: Record<string, string> }, people: ({ name: string | null; email: string | null } | null | undefined)[]): void {
  const words = (name: string): string[] => name.toLowerCase().replace(/[’`]/g, "'").split(/[\s-]+/).filter(Boolean);
  const misreadOf = (read: string, typed: string): boolean => {
    const [a, b] = [words(read), words(typed)];
    return a.length >= 2 && a.length === b.length && a.join(' ') !== b.join(' ') && a.every((w, i) => editDistance(w, b[i] ?? '') <= Math.max(1, Math.floor(w.length / 5)));
  };
  const walk = (node: unknown, path: string): void => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const person = node as Record<string, unknown>;
    const fromScan = (key: string): boolean => (result.evidence[`${path}.${key}`] ?? '').startsWith(READ_FROM_SCAN);
    if (typeof person.name === 'string' && 'email' in person && fromScan('name')) {
      const typed = people.find((p) => p?.name && misreadOf(person.name as string, p.name));
      if (typed?.name) {
        person.name = typed.name;
        result.evidence[`${path}.name`] = `${result.evidence[`${path}.name`]} (spelt as in the email's header: ${typed.name})`;
        if (typed.email && (person.email === null || (fromScan('email') && typeof person.email === 'string' && editDistance(person.email, typed.email) <= 3))) {
          person.email = typed.email;
          result.evidence[`${path}.email`] = `Email header: ${typed.name} <${typed.email}>`;
        }
      }
      return;
    }
    for (const [key, child] of Object.entries(person)) walk(child, `${path}.${key}`);
  };
  walk(result.fields, 'fields');
}

const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3 };
const PAGE_ONLY = /\b(?:only|just)\s+(?:process|use|read|action|look\s+at)\s+the\s+(first|second|third|1st|2nd|3rd)\s+page\b/i;
const PAGE_IGNORED = /\bignore\s+the\s+(first|second|third|1st|2nd|3rd)\s+page\b|\bthe\s+(first|second|third|1st|2nd|3rd)\s+page\b[^.\n]{0,100}?\b(?:please\s+)?(?:ignore|disregard)\b/i;

/**
 * "Please only process the first page … The second page is for Tiago Ferreira but he resigned, so please ignore his
 * form": a scan of two forms whose covering email sets one page aside. The lines OCR read from that page are not the
 * request's; a page is never set aside when it would leave nothing.
 */
export function withoutPagesSetAside(result: PdfReadResult, body: string): PdfReadResult {
  const lines = result.ocr?.lines;
  if (!result.ocr || !lines || lines.length === 0) return result;
  const only = PAGE_ONLY.exec(body);
  const ignored = PAGE_IGNORED.exec(body);
  const keep = only?.[1] ? ORDINAL[only[1].toLowerCase()] : undefined;
  const drop = ignored ? ORDINAL[(ignored[1] ?? ignored[2] ?? '').toLowerCase()] : undefined;
  const setAside = (page: number): boolean => (keep !== undefined && page !== keep) || page === drop;
  const kept = lines.filter((l) => !setAside(l.page));
  if (kept.length === lines.length || kept.length === 0) return result;
  const keptText = new Set(kept.map((l) => l.text.trim()));
  const dropped = new Set(lines.filter((l) => setAside(l.page)).map((l) => l.text.trim()).filter((t) => !keptText.has(t)));
  // A PDF that is all scan is its lines; one with typed pages too loses only what the set-aside page alone read.
  const allScan = result.text === lines.map((l) => l.text).join('\n');
  const text = allScan ? kept.map((l) => l.text).join('\n') : result.text.split('\n').filter((l) => !dropped.has(l.trim())).join('\n');
  return { ...result, text, ocr: { ...result.ocr, lines: kept } };
}
