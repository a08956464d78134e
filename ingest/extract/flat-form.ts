import { SIGNATORY_CAPACITIES } from './labelled-lines.js';
import { convertPipeTables } from './pipe-tables.js';

/**
 * Flat (non-fillable) PDF forms print each label beside its value: text extraction gives "Practice name Ellerby
 * Lane Surgery" with no colon, and a label wrapped in a narrow table cell comes out as "Current main" then
 * "contact Anne Clarke". This rewrites such lines of a PDF's page text as "Label: value" lines for the document
 * model (./labelled-lines.ts); lines it cannot read as a label and a value are left as they were.
 */

/** The nouns a form's label ends with. */
const LABEL_NOUN =
  /^(name|names|surname|forenames?|e-?mail|nhsmail|address|code|ods|role|position|title|telephone|phone|tel|mobile|date|signature|signed|username|login|id|contact|number|no\.?|post ?code|permissions?|type|held|capacity)$/i;
/** A label in capitals that continues past its noun with more label words or "of", "in which", "for". */
const BLOCK_CAPITALS_LABEL = /^(?:[A-Z()/&'-]+ )*(?:NAME|NAMES|E-?MAIL|ADDRESS|CODE|ROLE|TITLE|TELEPHONE|PHONE|DATE|USERNAME|CONTACT|NUMBER|CAPACITY)(?: (?:OF|IN|FOR|WHICH|ADDRESS|NUMBER|CODE|NAME|TITLE|[A-Z]+ING|SIGNATORY|USER|CONTACT|ORGANISATION|ORGANIZATION|PRACTICE))+$/;

/** A label that says whose the value is ("Name of nominated GPP Practice User Administrator"). */
const WHOSE_VALUE_LABEL = /^(?:(?:full\s+)?name|e-?mail(?:\s+address)?)\s+of\s+(?:the\s+)?(?:\p{L}+\s+){1,6}\p{L}+$/iu;

/** A role's label that says where the role is held, then the value in capitals. */
const HELD_IN_LABEL = /^((?:(?:approver|signatory|nominee|applicant|user)\s+)?(?:role|position|job title)(?:\s*\/\s*(?:role|position|job title))?\s+(?:held\s+)?(?:in|within|at)\s+the\s+(?:organi[sz]ation|practice|surgery|pharmacy|company))\s+(\p{Lu}.*)$/iu;

/** "Name of (the) main practice", "Name of branch": what the name is of, then the value in capitals. */
const NAME_OF_LABEL = /^((?:full\s+)?name\s+of\s+(?:the\s+|your\s+)?(?:(?:main|existing|current|new|parent|branch|old)\s+)?(?:practice|organi[sz]ation|pharmacy|surgery|branch|site))\s+(\p{Lu}.*)$/iu;

/** A label of a few words, a bracketed hint of several words, then a value in capitals or digits. */
const HINTED_LABEL = /^((?:[\p{L}/&'-]+\s+){0,4}[\p{L}/&'-]+\s+\([\p{L}\s,/'.-]{2,30}\))\s+([\p{Lu}\d].*)$/u;

/** Whose a labelled value is: "Full name of User Administrator", "Email of the Approver". */
const ROLE_NOUN = /^(administrator|approver|user|signatory|nominee|applicant|contact|manager|guardian|partner|holder)$/i;

/** Words that make a run of words prose rather than a label. */
const PROSE_WORD = /^(please|the|is|are|was|we|i|you|your|our|will|be|this|that|it|if|to|by|on|in|at|as|should|must|can|may|has|have)$/i;

/**
 * Rewrites a PDF's page text so each "Label value" line reads "Label: value" and a label wrapped over two lines
 * is joined first. A line already holding a colon or a tab is kept as it is.
 */
export function normaliseFlatFormText(text: string): string {
  const lines = markedCapacityLists(unwrapLetterParagraphs(convertPipeTables(text))).split('\n').map(tickedCapacityInRow);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = (lines[i] ?? '').trim();
    const next = (lines[i + 1] ?? '').trim();
    // "Current main" / "contact Anne Clarke": a label fragment whose continuation starts the next line in lower case.
    if (isLabelFragment(line) && /^[a-z]+\b/.test(next) && LABEL_NOUN.test(next.split(/\s+/)[0] ?? '') && !/[:\t]/.test(next)) {
      line = `${line} ${next}`;
      i++;
    } else if (WHOSE_VALUE_LABEL.test(line) && !/[:\t\d@]/.test(line) && /^\p{Lu}\p{Ll}+$/u.test(next) && (lines[i + 2] ?? '').trim()) {
      // "Name of nominated GPP Practice User" / "Administrator" / "Mihaela Antonescu": a long label wrapped before its last word.
      line = `${line} ${next}`;
      i++;
    }
    out.push(splitFlatLine(line));
  }
  return out.join('\n');
}

const CAPACITY_OPTION = new RegExp(String.raw`^\s*(?:(?:signatory\s+)?(?:capacity|position)\s*(?:\(tick\s+one\))?\s*:?\s+)?(?:([xX✓✔√☒☑])\s+)?(${SIGNATORY_CAPACITIES}|other\s*(?:\(please\s+(?:state|specify)\))?\s*[:-]?\s*(?:[\p{L} ]{2,40})?)(?:\s+(?:within|of|at|in)\s+the\s+(?:organi[sz]ation|practice|company|service))?\s*$`, 'iu');

/**
 * The signatory capacities printed one a line, a mark typed before one ("Lead GP" / "X	GP Partner" / "Caldicott
 * Guardian"): the marked one is the answer, written as "Signatory capacity: GP Partner"; a list with no mark or
 * several is left as it is.
 */
function markedCapacityLists(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const column = tickedCapacityColumn(lines, i);
    if (column) {
      out.push(column.line);
      i = column.next;
      continue;
    }
    const rows = markedOptionRows(lines, i);
    if (rows) {
      out.push(rows.line);
      i = rows.next;
      continue;
    }
    let j = i;
    while (j < lines.length && CAPACITY_OPTION.test(lines[j] ?? '')) j++;
    const run = lines.slice(i, j);
    const marked = run.map((l) => CAPACITY_OPTION.exec(l)).filter((m) => m?.[1]);
    if (run.length >= 3 && marked.length === 1) {
      // "X Other (please state): Practice Manager": the capacity is what the signatory wrote.
      out.push(`Signatory capacity: ${(marked[0]?.[2] ?? '').replace(/^other\s*(?:\(please\s+(?:state|specify)\))?\s*[:-]?\s*/i, '') || 'Other'}`);
      i = j;
    } else {
      out.push(...(run.length ? run : [lines[i] ?? '']));
      i = Math.max(j, i + 1);
    }
  }
  return out.join('\n');
}

/** One printed option of a row of them, with the mark typed before it: "X Existing Primary User within the organisation". */
const OPTION_IN_ROW = new RegExp(String.raw`\s*(?:([xX✓✔√☒☑])\s+)?(${SIGNATORY_CAPACITIES}|Other\b(?:\s*\(please\s+(?:state|specify)\))?)(?:\s+(?:within|of|at|in)\s+the\s+(?:organi[sz]ation|practice|company|service))?`, 'iuy');

/** The options a line prints and nothing else ("Caldicott Guardian Member of the Board of Directors"), or null. */
function optionsInRow(line: string): { option: string; marked: boolean }[] | null {
  const found: { option: string; marked: boolean }[] = [];
  OPTION_IN_ROW.lastIndex = 0;
  for (let m = OPTION_IN_ROW.exec(line); m; m = OPTION_IN_ROW.exec(line)) {
    found.push({ option: m[2] ?? '', marked: !!m[1] });
    if (OPTION_IN_ROW.lastIndex >= line.trimEnd().length) break;
  }
  return found.length && OPTION_IN_ROW.lastIndex >= line.trimEnd().length ? found : null;
}

/**
 * The capacities printed two or three to a line, a mark typed before one ("Caldicott Guardian Member of the Board of
 * Directors" / "X Existing Primary User within the organisation"): the marked one is the answer; "Other" is what the
 * next line says the signatory is ("If other, please state Practice Manager").
 */
function markedOptionRows(lines: string[], start: number): { line: string; next: number } | null {
  const options: { option: string; marked: boolean }[] = [];
  let j = start;
  for (let row = optionsInRow(lines[j] ?? ''); row && lines[j]?.trim(); row = optionsInRow(lines[j] ?? '')) {
    options.push(...row);
    j++;
  }
  const marked = options.filter((o) => o.marked);
  if (options.length < 3 || j - start === options.length || marked.length !== 1) return null;
  const chosen = marked[0]?.option ?? '';
  if (!/^other\b/i.test(chosen)) return { line: `Signatory capacity: ${chosen.replace(/\s+/g, ' ')}`, next: j };
  const stated = /^\s*if\s+other\s*,?\s*(?:please\s+(?:state|specify))?\s*[:\t-]?\s*(\p{L}[\p{L} '’-]{1,40})\s*$/iu.exec(lines[j] ?? '');
  return stated?.[1] ? { line: `Signatory capacity: ${stated[1].trim()}`, next: j + 1 } : { line: 'Signatory capacity: Other', next: j };
}

/** A capacity as a scan reads it: "Caldicot Guardian", "caldicott Guardian", "Member of the Board". */
const SCANNED_CAPACITY = /\b(?:Lead\s+GP|[GgEe6][PpF]\s+Partner|Ca\w{0,2}dicot{1,2}\s+Guardian|Existing\s+Primary\s+(?:Contact|User)|Member\s+of\s+the\s+Board(?:\s+of\s+Directors)?)\b/gi;
/** A capacity as the form prints it, from a scan's reading of it ("Caldicot  Guardian"). */
const capacityAsPrinted = (read: string): string => read.replace(/\s+/g, ' ').replace(/^ca\w{0,2}dicot{1,2}/i, 'Caldicott').replace(/^[GgEe6][PpF](?= Partner$)/, 'GP');

/** A scanned box with a tick in it: "[v]", "vi]", "[wf", "v/", "[X]". */
const TICKED_BOX = /^[[(|{]?(?:[fFtT]?[vVwW√✓✔][a-zA-Z|/\]]{0,2}|[xX]|\/)[\])|}Il1]?$/;
/** A scanned empty box: "O", "[=]", "[El", "[J", "[1]", "OO", "□". */
const EMPTY_BOX = /^(?:[[(|{]?[OoEIJCc0=1l|_-]{0,2}[a-z]?[\])|}]?|[□☐])$/;

/**
 * A row of the Open Exeter form's capacities read from a scan ("O Lead GP vi] GP Partner O Caldicott Guardian"): the
 * box before one option holds a tick and every other box reads as empty, so that option is the answer, written as
 * "Signatory capacity: GP Partner". A row with no tick, or with two, or with a box that reads as neither, is left.
 */
function tickedCapacityInRow(written: string): string {
  // "XCaldicott Guardian	Member of the Board …": a form filled on screen types the X against its option.
  const line = written.replace(/(^|\t)\s*([xX✓✔])(?=\p{Lu}\p{Ll})/gu, '$1$2 ');
  const found = [...line.matchAll(SCANNED_CAPACITY)];
  if (found.length < 2) return written;
  let ticked: string | null = null;
  let from = 0;
  for (const m of found) {
    const box = line.slice(from, m.index).trim().split(/\s+/).pop() ?? '';
    from = (m.index ?? 0) + m[0].length;
    if (TICKED_BOX.test(box)) {
      if (ticked) return written;
      ticked = m[0];
    } else if (!EMPTY_BOX.test(box)) return written;
  }
  if (!ticked) return written;
  return `Signatory capacity: ${capacityAsPrinted(ticked)}`;
}

/**
 * The capacities printed one a line and read from a scan, each after its box ("[J Lead GP" / "v4 Caldicot Guardian" /
 * "[] Existing Primary Contact"): the one box with a tick names the capacity. Every other box must read as empty (an
 * option OCR garbled may stand among them); a run with no tick, two, or a box that reads as neither is left.
 */
function tickedCapacityColumn(lines: string[], start: number): { line: string; next: number } | null {
  let ticked: string | null = null;
  // An option whose box left nothing on its line: the tick in it may have been read as a speck and cleaned away.
  const boxless: string[] = [];
  let empty = 0;
  // Each empty box as read, with its option: a tick OCR reads as a letter ("of") differs from the empty boxes' reading.
  const emptyBoxes: { box: string; capacity: string }[] = [];
  let j = start;
  for (; j < lines.length; j++) {
    const line = lines[j] ?? '';
    const printed = [...line.matchAll(SCANNED_CAPACITY)];
    const option = printed.length === 1 ? printed[0] : undefined;
    // The box is the mark just before the option; specks may stand before it ("L . * [J Existing Primary User").
    // "Position (tick one) fv. Lead GP": the list may start on its label's line.
    const before = option ? line.slice(0, option.index).replace(/^.*\btick\s+one\)?\s*/i, '').trim() : '';
    const after = option ? line.slice((option.index ?? 0) + option[0].length).replace(/^[\s.:]+/, '').trim() : '';
    if (option && !before && after.length <= 3) {
      boxless.push(option[0]);
      continue;
    }
    const m = option && before.length <= 12 && after.length <= 3 ? ['', before.split(/\s+/).pop() ?? '', option[0]] : /^\s*(\S+)\s+(\S.{0,60}?)[\s.:]*$/u.exec(line);
    if (!m?.[1] || !m[2] || m[2].split(/\s+/).length > 6) break;
    const box = m[1].replace(/[.,:]$/, '');
    const capacity = [...m[2].matchAll(SCANNED_CAPACITY)];
    if (TICKED_BOX.test(box) || /^[vV√✓✔][.,]?\d$/.test(box)) {
      if (ticked || capacity.length !== 1) return null;
      ticked = capacity[0]?.[0] ?? null;
    } else if (EMPTY_BOX.test(box)) {
      empty++;
      if (capacity.length === 1 && capacity[0]) emptyBoxes.push({ box, capacity: capacity[0][0] });
    } else break;
  }
  // "[J Lead GP" / "of GP Partner" / "[J Caldicott Guardian" / "[J Existing Primary Contact": three or more boxes read
  // alike and one read otherwise is the ticked one.
  if (!ticked && boxless.length === 0 && emptyBoxes.length >= 4) {
    const alike = emptyBoxes.filter((e) => e.box === emptyBoxes[0]?.box || e.box === emptyBoxes[1]?.box);
    const usual = [...new Set(emptyBoxes.map((e) => e.box))].map((box) => ({ box, n: emptyBoxes.filter((e) => e.box === box).length })).sort((a, b) => b.n - a.n)[0];
    const odd = usual && usual.n >= 3 ? emptyBoxes.filter((e) => e.box !== usual.box) : [];
    // The odd one must hold a mark no empty box is read as ("of", not "[]" among "O"s: both are empty boxes).
    const markless = /^[[\](){}|OoJCcEIl10=_-]+$/;
    if (alike.length && odd.length === 1 && !markless.test(odd[0]?.box ?? '') && usual && usual.n === emptyBoxes.length - 1) ticked = odd[0]?.capacity ?? null;
  }
  // "[O) Lead GP" / "GP Partner" / "[O Caldicott Guardian" …: every other box read as empty, one option's box gone.
  if (!ticked && boxless.length === 1 && empty >= 2) ticked = boxless[0] ?? null;
  else if (boxless.length > 0 && !ticked) return null;
  if (j - start < 3 || !ticked) return null;
  return { line: `Signatory capacity: ${capacityAsPrinted(ticked)}`, next: j };
}

/** Two or three capitalised-then-lower-case words that end without a label noun ("Current main", "New main"). */
function isLabelFragment(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length < 1 || words.length > 4 || /[:\t\d@.,]/.test(line)) return false;
  if (!words.every((w) => /^[\p{L}()/&'-]+$/u.test(w) && !PROSE_WORD.test(w))) return false;
  return !LABEL_NOUN.test(words[words.length - 1] ?? '');
}

const TYPE_OF_ORGANISATION = /^((?:Type of organi[sz]ation|Organi[sz]ation type)(?:\s*\([^()]{1,40}\))?)\s+(\p{Lu}.*)$/u;

/** "Nominee email jo@nhs.net" → "Nominee email: jo@nhs.net"; "Signature" alone → "Signature:". */
function splitFlatLine(line: string): string {
  if (!line || /[:\t]/.test(line) || line.length > 160) return line;
  if (/^(signature|signed|signature of [\p{L} ]{1,40})$/iu.test(line)) return `${line}:`;
  const words = line.split(/\s+/);
  // A label in block capitals on a line of its own, its value on the next ("EMAIL ADDRESS", "NAME OF SIGNATORY"):
  // what follows its first noun is more of the label, not a value.
  if (BLOCK_CAPITALS_LABEL.test(line)) return line;
  // "Role / position in the organisation Senior Partner": the label's "in the organisation" is more of the label.
  // "Name of main practice Aire Valley Surgery", "Name of branch Aire Valley Surgery - Rodley".
  const nameOf = NAME_OF_LABEL.exec(line);
  if (nameOf?.[1] && nameOf[2]) return `${nameOf[1]}: ${nameOf[2]}`;
  // "Type of organisation GP Federation": the label ends with what it asks the type of.
  const typeOf = TYPE_OF_ORGANISATION.exec(line);
  if (typeOf?.[1] && typeOf[2]) return `${typeOf[1]}: ${typeOf[2]}`;
  // "Approver role / position in the practice" alone: the label, its value on the next line.
  if (HELD_IN_LABEL.exec(`${line} X`)?.[2] === 'X') return `${line}:`;
  const heldIn = HELD_IN_LABEL.exec(line);
  if (heldIn?.[1] && heldIn[2]) return `${heldIn[1]}: ${heldIn[2]}`;
  // "Organisation code (if known) 7A9": a hint of several words in brackets after the label's noun.
  const hinted = HINTED_LABEL.exec(line);
  if (hinted?.[1] && hinted[2] && LABEL_NOUN.test(hinted[1].replace(/\s*\([^()]*\)$/, '').split(/\s+/).pop() ?? '')) return `${hinted[1]}: ${hinted[2]}`;
  for (let k = 0; k < Math.min(words.length - 1, 7); k++) {
    const w = words[k] ?? '';
    // "Authorised by", "Signed by (name)": a past participle's "by" ends a label, as does a hint in brackets.
    const byAfterVerb = /^by$/i.test(w) && k > 0 && /ed$/i.test(words[k - 1] ?? '');
    // "Email address (nhs.net) x@…": a hint in brackets is part of the label.
    if (k > 0 && /^\([^()\s]{1,24}\)$/.test(w)) {
      const value = words.slice(k + 1).join(' ');
      if (/^[\p{Lu}\d"'£]|^\S+@/u.test(value) && LABEL_NOUN.test(words[k - 1] ?? '')) return `${words.slice(0, k + 1).join(' ')}: ${value}`;
      continue;
    }
    if (!/^[\p{L}()/&'-]+$/u.test(w) || (PROSE_WORD.test(w) && !byAfterVerb)) return line;
    // "Full name of User Administrator Mohammed Al-Rashid": a noun's "of" runs on to whose it is.
    const whose = k >= 2 && ROLE_NOUN.test(w) && words.slice(0, k).some((x, i) => LABEL_NOUN.test(x) && /^(?:of|for)$/i.test(words[i + 1] ?? ''));
    // "Forename(s) MARTIN": the plural in brackets is still the noun.
    if (!LABEL_NOUN.test(w.replace(/\(s\)$/i, '').replace(/^\(|\)$/g, '')) && !byAfterVerb && !whose) continue;
    const rest = words.slice(k + 1);
    const first = rest[0] ?? '';
    // "Full name of nominated User Administrator" on its own line: all label, its value on the next line.
    if (whose && ROLE_NOUN.test(first) && rest.length === 1) return `${line}:`;
    // A Title Case label goes on ("New Main Contact Name Dr Farah Iqbal"): the next word is another label noun.
    if ((LABEL_NOUN.test(first) || /^\([\p{L} ]+\)$|^\([^()\s]{1,24}\)$/u.test(first) || (whose && ROLE_NOUN.test(first))) && rest.length > 1) continue;
    // "Organisation type (GP practice / other)": a label's own hint in brackets, the value is on a later line.
    // "Approver role [X] GP Partner [ ] Practice Manager": tick boxes are the value.
    if (/^[\p{Lu}\d"'£]|@/u.test(first) || /^(?:\[\s*[xX✓✔]?\s*\]|[☐☒☑])/u.test(rest.join(' '))) {
      const label = words.slice(0, k + 1).join(' ');
      // "Authorised by (name) Dr X" then "Position", "Email": the person's label heads the lines about them.
      const heads = /\bby\b/i.test(label) ? `${label.replace(/\s*\([^)]*\)\s*$/, '')}\n` : '';
      return `${heads}${label}: ${splitSecondLabel(rest.join(' '))}`;
    }
    // A lower-case word after the noun: still the label ("contact name …") or prose; look further.
  }
  return line;
}

/** The labels a form's grid prints as a second column on the same line. */
const SECOND_LABEL = /^(.+?)\s+(Forename\(s\)|Forenames?|First names?|Surname|Last name|Job title|Position|Role|Practice code|ODS code|Organisation code|Date|Telephone|Tel|Email|E-mail)\s+(?=[\p{Lu}\d"'£]|\S+@)(.+)$/u;

/**
 * A grid row holds two label-value pairs: "Surname O'Connell Forename(s) Bríd", "Email x@nhs.net Position Lead GP".
 * The second pair goes on a line of its own ("O'Connell" / "Forename(s): Bríd").
 */
function splitSecondLabel(value: string): string {
  const m = SECOND_LABEL.exec(value);
  return m ? `${m[1]}\n${m[2]}: ${m[3]}` : value;
}

/**
 * A letter typed as a PDF instead of the form ("Dear Sir/Madam … Yours faithfully") wraps its paragraphs at the page
 * margin, so a sentence ("request that Ms / Natalie Brennan, … be set up as") spans lines. Within the letter's
 * body a line that reached the margin runs on into the next; short lines (the letterhead, the sign-off) stay.
 */
export function unwrapLetterParagraphs(text: string): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^\s*Dear\b/i.test(l));
  const end = lines.findIndex((l, i) => i > start && /^\s*(?:yours\s+(?:faithfully|sincerely|truly)|kind\s+regards|best\s+regards|regards)\b/i.test(l));
  if (start < 0 || end < 0) return text;
  const margin = Math.max(...lines.slice(start + 1, end).map((l) => l.trimEnd().length));
  if (margin < 60) return text;
  const out = lines.slice(0, start + 1);
  let paragraph = '';
  for (let i = start + 1; i < end; i++) {
    const line = lines[i] ?? '';
    paragraph = paragraph ? `${paragraph} ${line.trim()}` : line;
    const next = lines[i + 1] ?? '';
    // A line wraps when the next word would not have fitted on it; one ended short of that ("Request to extend …
    // practice" over "Details of our existing practice:") ended its sentence or heading. Proportional type makes
    // the count approximate, hence the slack.
    const nextWord = next.trim().split(/\s+/)[0] ?? '';
    const reachedMargin = line.trimEnd().length >= margin - 25 && line.trimEnd().length + 1 + nextWord.length >= margin - 10 && !/\t/.test(line);
    // "… Our details are as follows." over "Main practice": a sentence ended, and a short line with no stop of its own
    // is the heading of what follows, not the paragraph's last words.
    const headingNext = /[.:!?]$/.test(line.trimEnd()) && next.trim().split(/\s+/).length <= 4 && !/[.:!?,;]$/.test(next.trimEnd());
    if (reachedMargin && !headingNext && i + 1 < end && next.trim() && !/^\s*(?:[-•*·▪]|\d{1,2}[.)])\s/.test(next)) continue;
    out.push(paragraph);
    paragraph = '';
  }
  return [...out, ...lines.slice(end)].join('\n');
}

/** The covering email says a value on the form was crossed out and written again beside it. */
const CROSSED_OUT = /\b(?:crossed|struck|scored)\s+(?:(?:it|that|them|(?:his|her|their|the)\s+[\w ]{1,30}?)\s+)?(?:out|through)\b[^\n]{0,120}?\b(?:next\s+to|beside|after|alongside|above|below|under(?:neath)?)\b/i;

/** A form's line whose value is two addresses: the first, the one crossed out; the second, the one written again. */
const TWO_ADDRESSES = /^(.*?\S)(\s+)([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)[\s,;/]+([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+)\s*$/;

/**
 * "I've crossed out her email on the form and put the new one next to it": the text of a printed form keeps both
 * values on the line, the crossed-out one first; only the one written again is the form's value.
 */
export function keepValuesWrittenAgain(formText: string, body: string): string {
  if (!CROSSED_OUT.test(body)) return formText;
  return formText
    .split('\n')
    .map((line) => {
      const m = TWO_ADDRESSES.exec(line);
      return m && !m[1]?.includes('@') ? `${m[1]}${m[2]}${m[4]}` : line;
    })
    .join('\n');
}
