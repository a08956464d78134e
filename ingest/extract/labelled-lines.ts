/**
 * The document model every field extractor queries: an ordered list of (section, label, value,
 * evidence) pairs read from the request text, whatever layout the practice used:
 * - "Label: value", "Label - value", "Label | value", "Label<TAB>value" lines (typed, or HTML table rows);
 * - a label alone on its line with the value on the next line(s) (Outlook bold paragraphs, formal
 *   letters, flat PDF forms that print the label above the value); an address may run over several
 *   lines and comes back joined with ", ";
 * - section headings ("EXISTING PHARMACY", "Section 2 - Person being nominated", "B. Proposed Primary
 *   User", "## Branch" written by the HTML converter for a column of a side-by-side table),
 *   because the same label ("ODS code", "Name") means different things in different sections.
 */
export interface LabelledValue {
  section: string;
  label: string;
  value: string;
  /** The source line(s), for evidence. */
  line: string;
}

const SECTION_WORDS =
  /\b(existing|current|new|main|branch|nominee|nominated|approver|approval|authori[sz]ed|authori[sz]ing|signatory|signed|primary user|user details|applicant|requester|requestor|organi[sz]ation details|practice details|contact details|declaration|part [a-d1-4]|section [a-d1-4]|person|user to|details of|created by)\b/i;

/** Nouns a value is labelled with; a short line ending in one (give or take one word) is a label. */
const VALUE_NOUN =
  /\b(name|names|surname|forenames?|code|ods|e-?mail|nhsmail|address|post ?code|tele?phone|phone|tel|mobile|username|user ?name|user ?id|login|log-in|role|roles|position|title|signature|signed|date|number|no|permissions?|access|gmc|type|kind|held(?:\s+by)?|requested|required|capacity(?: in which (?:signing|signed))?)\b(?:\s+\S+)?$/i;
/** A checklist question's value noun, wherever it sits ("The email address for the main contact we hold for …"). */
const VALUE_NOUN_ANYWHERE = /\b(?:name|e-?mail(?: address)?|(?:ODS|organisation\/ODS|practice ODS)\s+code|address|telephone(?: number)?|organisation type)\b/i;

/** Words that make a short line a heading or a label for what follows ("Main contact", "Branch", "Nominee"). */
const HEAD_NOUN =
  /\b(contact|practice|pharmacy|surgery|branch|site|organi[sz]ation|nominee|approver|signatory|user|applicant|requester|details|pcn|partner|gp)\b(?:\s+\S+)?$/i;

/** A sentence ending in a colon that introduces the people who already hold a role ("Our current admins are:"). */
const INTRODUCES_HOLDERS = /(?:^|[.!?]\s+)([^.!?:]{0,40}\b(?:current|existing)\s+(?:\w+\s+){0,2}(?:admins?|administrators?|users?|main contacts?)\b[^.!?:]{0,30}):\s*$/i;

/** Splits text into labelled values, tracking the current section heading. */
export function readLabelledValues(text: string): LabelledValue[] {
  const out: LabelledValue[] = [];
  const rawLines = text.split('\n');
  const lines = rawLines.map(normaliseLine);
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim()) continue;
    const marker = /^##\s+(.+)$/.exec(line);
    if (marker) {
      section = cleanLabel(marker[1] ?? '');
      continue;
    }
    if (isNumberedHeading(line)) {
      // "Main practice / 1. Bramley Health Centre / 2. ODS: C84 011": the first item of a numbered list, not a heading.
      if (!startsNumberedList(line, rawLines.slice(i + 1).find((l) => l.trim()) ?? '')) section = cleanLabel(line);
      continue;
    }
    // "Tel 0161 496 0192": a phone under an address, labelled without a colon.
    const bare = BARE_PHONE_LINE.exec(line.trim()) ?? BARE_ADDRESS_LINE.exec(line.trim());
    if (bare?.[1] && bare[2]) {
      out.push({ section, label: bare[1], value: bare[2], line: line.trim() });
      continue;
    }
    // "*   Priory Road, Abingdon OX14 3JA" among "*   ODS code: K81052" items: an item that says what it is.
    const selfEvident = BULLET_ITEM.test(rawLines[i] ?? '') && listHasLabels(rawLines, i) ? labelOfSelfEvidentValue(line.trim()) : null;
    if (selfEvident) {
      out.push({ section, label: selfEvident, value: line.trim(), line: line.trim() });
      continue;
    }
    const m = splitLabelValue(line);
    if (m) {
      const { label } = m;
      let value = m.value;
      let source = line.trim();
      // The label keeps its "(tick one)" only in the line: cleaning it dropped the parenthesis.
      // "Approver role: [X] GP Partner [ ] Practice Manager": boxes printed after any label make it a question too.
      const boxed = !!value && TICK_BOX.test(value) && splitInlineOptions(value).filter((o) => TICK_BOX.test(o)).length >= 2;
      const choice = CHOICE_LABEL.test(value ? line.slice(0, line.indexOf(value)) : line) || boxed ? readChoice(value, lines, i + 1) : null;
      if (choice) {
        out.push({ section, label, value: choice.value, line: [line.trim(), ...choice.lines].join(' / ') });
        i = choice.next - 1;
        continue;
      }
      if (!value && opensOrganisationBlock(label, lines, i + 1)) {
        // "OUR MAIN PRACTICE:" over its name, code, contact and address a line each: a heading, not a label.
        section = label;
        continue;
      }
      if (!value) {
        // "Label:" alone: the value is on the next line(s), or this is a section heading.
        const taken = takeValueLines(lines, i + 1, label);
        if (taken.lines.length > 0) {
          value = joinValueLines(taken.lines);
          source = [line.trim(), ...taken.lines].join(' / ');
          i = taken.next - 1;
        } else if (VALUE_NOUN.test(label) && !HEAD_NOUN.test(label)) {
          out.push({ section, label, value: '', line: source });
          continue;
        } else {
          // "I confirm that I am (tick one):" over its answer is a question in the section, not a new section.
          if (!CHOICE_LABEL.test(line)) section = label;
          continue;
        }
      } else if (/\baddress\b/i.test(label)) {
        // An address may continue on the following lines.
        const taken = takeValueLines(lines, i + 1, label, false);
        if (taken.lines.length > 0) {
          value = joinValueLines([value, ...taken.lines]);
          source = [source, ...taken.lines].join(' / ');
          i = taken.next - 1;
        }
      }
      // "Approver name: …" is the first of the approver's own lines, not the last of the block before it.
      if (value && ROLE_NAME_LABEL.test(label)) section = blockSection(section, label);
      out.push({ section, label, value: value.replace(/^["']|["']$/g, '').trim(), line: source });
      // "Organisation code: D82044002" … "Parent organisation: D82044 …": once a section has named its own
      // organisation, a "Parent organisation" line is one of its details, not the start of the parent's block.
      const ownNamed = /^parent\b/i.test(label) && out.some((v) => v.section === section && /\b(?:organi[sz]ation|practice|site)\s+(?:code|name)\b/i.test(v.label));
      if (value && !ownNamed) section = blockSection(section, label);
      continue;
    }
    if (isLabelLine(line)) {
      const label = cleanLabel(stripParenthetical(line));
      const next = (lines[i + 1] ?? '').trim() ? (lines[i + 1] ?? '') : (lines[i + 2] ?? '');
      // "Capacity in which you sign (tick one)": a question printed under the label is the next label, not its value.
      // "Details of main practice" over "Name of main practice" over "Abbeydale Medical Centre": a block's title over its
      // first label, not a label over its value.
      const titleOverLabel = /^(?:(?:the\s+)?details\s+of|about\s+the|section\s+\w+|part\s+\w+)\b|\bdetails$/i.test(label) && isLabelLine(next);
      const nextIsLabel = !next.trim() || isStrongLabelLine(next) || splitLabelValue(next) !== null || /^##\s/.test(next) || isNumberedHeading(next) || CHOICE_LABEL.test(next) || titleOverLabel;
      if (!nextIsLabel) {
        const taken = takeValueLines(lines, i + 1, label);
        if (taken.lines.length > 0) {
          out.push({ section, label, value: joinValueLines(taken.lines), line: [line.trim(), ...taken.lines].join(' / ') });
          section = blockSection(section, label);
          i = taken.next - 1;
          continue;
        }
      }
      if (VALUE_NOUN.test(label) && !HEAD_NOUN.test(label) && next.trim()) {
        // A label whose value was left blank ("Signature" followed by "Date"): an empty value, not a heading.
        out.push({ section, label, value: '', line: line.trim() });
        continue;
      }
      section = label;
      continue;
    }
    if (isHeadingLine(line, lines[i + 1] ?? '')) section = cleanLabel(line);
    // "… TPF08. Our current admins are:" over a table of them: the rows are the people who hold the role already.
    else if (INTRODUCES_HOLDERS.test(line)) section = cleanLabel(INTRODUCES_HOLDERS.exec(line)?.[1] ?? line);
  }
  let namedBlock: string | null = null;
  return out.flatMap(splitNameAndRole).map((v) => {
    if (v.section !== namedBlock) namedBlock = null;
    // "Practice – Hill Top Surgery" already named the organisation: a bare "Name" in its block is a person's.
    if (ORG_BLOCK.test(v.label) && /\p{L}{3,}/u.test(v.value.replace(/\b[A-Z]{1,3}\d[A-Z0-9]{2,8}\b/g, ''))) {
      namedBlock = v.label;
      return v;
    }
    if (namedBlock !== null && /^name$/i.test(v.label)) return v;
    // "User name: Tomasz Nowak" (words with a space): a person's full name; a login has no spaces.
    if (/^(?:[\p{L} ]*\s)?user name$/iu.test(v.label) && /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(v.value.trim())) return { ...v, label: v.label.replace(/user name$/i, 'user full name') };
    return relabelOrganisationName(v);
  });
}

const NAME_AND_ROLE = /\bname\s+(?:and|&|,)\s+(?:role|position|job title|capacity)\b/i;

/**
 * "Name and role of the person authorising: Dr Colin Ferris, he is the CQC Registered Manager for the practice":
 * one label for two values; read as the name and the role, each under its own label.
 */
function splitNameAndRole(v: LabelledValue): LabelledValue[] {
  if (!NAME_AND_ROLE.test(v.label)) return [v];
  const m = /^\s*((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:,|\(|\s[-–]\s)\s*(.+)$/u.exec(v.value);
  if (!m?.[1] || !m[2]) return [v];
  const role = m[2]
    .replace(/^(?:(?:he|she|they)\s+(?:is|are)|who\s+is)\s+(?:the|our|a|an)\s+/i, '')
    .split(/[.;)]\s|[.;)]$|\s+(?:for|of|at)\s+(?:the|our|this)\s+(?:practice|surgery|pharmacy|organi[sz]ation|company)\b|,\s/)[0]
    ?.trim();
  const name = { ...v, label: v.label.replace(NAME_AND_ROLE, 'name'), value: m[1] };
  return role ? [name, { ...v, label: v.label.replace(NAME_AND_ROLE, 'role'), value: role }] : [name];
}

const ORG_BLOCK = /^((main|existing|current|new|parent|old|second|additional)\s+)?(practice|site|surgery|pharmacy|organi[sz]ation)$|^branch(\s+(site|surgery|practice))?$/i;
const SITE_IDENTITY = /^(branch|(?:main|existing|new|parent)\s+(?:practice|site|surgery|pharmacy))(?:'s)?\s+(?:ods(?:\s+code)?|code|name)$/i;
const ROLE_NAME_LABEL = /^(?:nominee|nominated person|approver|approving person|signatory|authori[sz]ed signatory|applicant|primary user|new user)(?:'s)?\s+(?:full\s+)?name$/i;
const PERSON_BLOCK = /\b(nominee|nominated( [\p{L} ]+)?|primary user|new main contact|approver|signatory|authori[sz]ing \p{L}+|applicant|new user)$/iu;

/**
 * A labelled value that names a block opens a section for the unqualified labels after it:
 * "Main practice: Fellside" then "Phone: …" (the main practice's), "Branch: …" then "Address: …"
 * (the branch's); "Nominee: Jane Smith" then "Email: …" (the nominee's, within the current block).
 */
function blockSection(section: string, label: string): string {
  if (ORG_BLOCK.test(label)) return label;
  // "Branch ODS: …" then "Address: …" under the main practice's lines: the branch's code or name starts its block.
  const site = SITE_IDENTITY.exec(label);
  if (site?.[1] && !section.toLowerCase().includes(site[1].toLowerCase())) return site[1];
  const base = section.split(' / ')[0] ?? '';
  // "Approver name: …" after the nominee's lines: the approver's own lines start there.
  if (PERSON_BLOCK.test(label) || ROLE_NAME_LABEL.test(label)) return base ? `${base} / ${label}` : label;
  return section;
}

const ORG_SECTION = /\b(practice|pharmacy|surgery|branch|site|organi[sz]ation|pcn|clinic|unit)\b/i;
const PERSON_SECTION = /\b(contact|user|nominee|nominated|person|signatory|approver|approval|applicant|proposed|administrator|admin|declaration|signed|authori[sz])/i;

/** A bare "Name" under an organisation's heading ("EXISTING PHARMACY", "Branch") names the organisation, not a person. */
function relabelOrganisationName(v: LabelledValue): LabelledValue {
  if (!/^name$/i.test(v.label) || !ORG_SECTION.test(v.section) || PERSON_SECTION.test(v.section)) return v;
  // "Name: HOCKING, Derwa" (system notices under "Organisation: <code>"): the directory's way of writing a person.
  if (/^\p{Lu}[\p{Lu}'’-]+,\s*\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(v.value.trim())) return v;
  return { ...v, label: 'organisation name' };
}

function normaliseLine(raw: string): string {
  // "a) Name: …", "(ii) Phone: …", "3. Email: …", "7. Main practice telephone - 01264 …": a list marker before a label
  // is not part of the label.
  return raw.replace(/^[\s>*•·▪◦-]+/, '').replace(/^(?:\(?[a-hA-H]\)|[a-hA-H]\.|\(?(?:i{1,3}|iv|v|vi{1,3})\)|\d{1,2}[.)])\s+(?=[^:\n]{1,40}?(?::|\s[-–]\s))/, '').replace(/\*\*/g, '').replace(/\s+$/, '');
}

/** "Label: value", "Label - value", "Label | value", "Label<TAB>value"; null when the line is not one. */
function splitLabelValue(line: string): { label: string; value: string } | null {
  const m = /^([^:|\t?=]{1,100}?)\s*(?::|\t+|\s\|\s|\s[-–]\s|\s=\s|\s+\.{3,}\s*|\?\s+(?=\S))\s*(.*)$/.exec(line);
  if (!m) return null;
  const label = cleanLabel(stripParenthetical(m[1] ?? ''));
  if (!isPlausibleLabel(label)) return null;
  // "Name of new main contact? Mohammed Idris": a template's question answered on its line names what it asks for.
  if (line.charAt((m[1] ?? '').length) === '?' && !/\b(name|e-?mail|code|address|phone|telephone|username|user name|role|title|number|position)\b/i.test(label)) return null;
  // "Position / role = Senior Partner": an equals sign after a label that names a value; in a scan's noise ("Full name
  // [Dr Sian Llewellyn = = Co]") it separates nothing.
  if (/^\s=\s/.test(line.slice((m[1] ?? '').length)) && !VALUE_NOUN.test(label)) return null;
  // "Staithes Road Surgery - Marske" is a name with a dash, not a label: a dash-separated label names a value.
  if (/\s[-–]\s/.test(line) && !/[:|\t]/.test(line.slice(0, (m[1] ?? '').length + 3)) && !VALUE_NOUN.test(label) && !SECTION_WORDS.test(label) && (label.includes(' ') || !HEAD_NOUN.test(label))) return null;
  return { label, value: (m[2] ?? '').trim() };
}

/** An organisation's heading ("Our main practice", "The branch", "New shop"), not one of its values. */
const ORGANISATION_HEADING = /^(?:(?:our|my|the)\s+)?(?:(?:existing|current|old|new|main|parent|branch|second)\s+)?(?:practice|pharmacy|surgery|branch|site|organi[sz]ation|shop|store|premises)$/i;

/** A heading of an organisation followed by a block of at least three lines (its name, code, contact, address…). */
function opensOrganisationBlock(label: string, lines: string[], start: number): boolean {
  if (!ORGANISATION_HEADING.test(label) || !SECTION_WORDS.test(label) && !/^(?:our|my|the)\s/i.test(label)) return false;
  const block = lines.slice(start, start + 3);
  return block.length === 3 && block.every((l) => l.trim());
}

/** The value lines after a label: one line, or up to six for an address; stops at a blank line, a label or a heading. */
function takeValueLines(lines: string[], start: number, label: string, first = true): { lines: string[]; next: number } {
  const list = LIST_LABEL.test(label);
  const max = /\baddress\b/i.test(label) ? 6 : list ? 8 : 1;
  const taken: string[] = [];
  let i = start;
  // Bold paragraphs and indented values leave one blank line between a label and its value.
  const after = (lines[start + 1] ?? '').trim();
  if (first && !(lines[start] ?? '').trim() && after && !SIGN_OFF.test(after) && after.length < 80 && !/[.?!]$/.test(after) && !isLabelLine(after) && splitLabelValue(after) === null && !/^##\s/.test(after)) i = start + 1;
  while (i < lines.length && taken.length < max) {
    // Outlook's HTML puts each list item in its own paragraph: a blank line between items does not end the list.
    if (list && taken.length > 0 && !(lines[i] ?? '').trim() && (lines[i + 1] ?? '').trim()) i++;
    const l = (lines[i] ?? '').trim();
    if (!l || /^##\s/.test(l) || isNumberedHeading(l) || isStrongLabelLine(l) || splitLabelValue(l) !== null) break;
    if (isLabelLine(l) && /\b(contact|nominee|approver|signatory|user|applicant|requester|details)$/i.test(stripParenthetical(l))) break;
    if (/^(page \d+ of \d+|-- \d+ of \d+ --)$/i.test(l) || SIGN_OFF.test(l)) break;
    // "Authorised signatory" over "Must be the Caldicott Guardian, a member of the Board …": the form's guidance under
    // a heading, not a value.
    if (taken.length === 0 && GUIDANCE.test(l)) break;
    // "Tel 0161 496 0192" or a bare number or address under an address: the contact lines that follow it, not more of it.
    if (max === 6 && taken.length > 0 && (ADDRESS_ENDS_AT.test(l) || l.includes('@'))) break;
    // A list's items are short names; a sentence after them is the text going on.
    if (list && taken.length > 0 && (l.split(/\s+/).length > 6 || /[.?!,]$/.test(l))) break;
    taken.push(l.replace(/,$/, ''));
    i++;
  }
  return { lines: taken, next: i };
}

/** A form's printed instruction: what must be, who should, what to tick. */
const GUIDANCE = /^(?:must|should|shall|needs?\s+to|has\s+to|to\s+be\s+(?:signed|completed|filled)|tick|please\s+(?:tick|complete|sign|note|ensure|use)|this\s+(?:form|section|request)\s+(?:must|should|is)|you\s+(?:must|should)|only\s+(?:a|an|the|one)|n\.?\s?b\.?|note:)\b/i;

/** A question answered by ticking ("Role of authorised signatory (tick one)", "Select all that apply"). */
const CHOICE_LABEL = /\((?:please\s+)?(?:tick|select|check|circle|choose|mark)\b[^)]*\)|\b(?:tick|select|circle|choose)\s+(?:one|all|any|as appropriate|which|the\s+(?:box(?:es)?|capacity|role|option)\b)\b|\bdelete as appropriate\b/i;

/**
 * A box before an option: ticked ("[X]", "☒", "✓") or empty ("[ ]", "☐"). A scan's tick reads as a lone "v" and its
 * empty box as "|" before the option's capital; an "X" typed into a form's box sits a tab or a gap before its option.
 */
const TICK_BOX = /^\s*(?:\[\s*([xX✓✔√*])?\s*\]|\(\s*([xX✓✔√*])?\s*\)|(☒|☑|✓|✔|■|[vV√](?=\s+\p{Lu})|[xX](?=(?:\t|\s{2,})\p{Lu}))|☐|□|\|(?=\s+\p{Lu}))\s*/u;

/**
 * The answer to a tick-box question: only the options ticked. A list of options printed without marks (a form whose
 * boxes are form fields, or a scan whose ticks did not survive) answers nothing, and neither does one with every box
 * empty: taking its first option would put a role nobody chose on the card. Null when what follows is an ordinary
 * value (one line, typed by a person), read as any other.
 */
function readChoice(inline: string, lines: string[], start: number): { value: string; lines: string[]; next: number } | null {
  const options: string[] = [];
  let i = start;
  if (inline) options.push(...splitInlineOptions(inline));
  else {
    while (i < lines.length && options.length < 10) {
      const l = (lines[i] ?? '').trim();
      if (!l || /^##\s/.test(l) || isNumberedHeading(l) || SIGN_OFF.test(l) || (l.length > 80 && printedCapacities(l).length < 2)) break;
      // The next question of the form ("Signature of authorised signatory", "Date:") ends the options.
      if (!TICK_BOX.test(l) && (splitLabelValue(l) !== null || (options.length > 0 && isStrongLabelLine(l)) || /\b(signature|signed|date)\b/i.test(l))) break;
      options.push(l);
      i++;
    }
  }
  const marked = options.filter((o) => TICK_BOX.test(o));
  // "Lead GP GP Partner Caldicott Guardian": the capacities printed side by side, their boxes form fields or lost in
  // the text; only a mark typed before one ("Caldicott Guardian X Member of the Board …") answers.
  // Or one a line, the mark typed before the one chosen ("X Caldicott Guardian" / "Member of the Board …").
  if (marked.length === 0 && options.some((o) => printedCapacities(o).length >= 2 || markedCapacities(o).length > 0)) {
    return { value: options.flatMap((o) => markedCapacities(o)).join(', '), lines: inline ? [] : options, next: inline ? start : i };
  }
  if (marked.length === 0 && options.length <= 1) return null;
  const ticked = marked.filter((o) => { const m = TICK_BOX.exec(o); return !!(m && (m[1] || m[2] || m[3])); }).map((o) => o.replace(TICK_BOX, '').trim());
  return { value: ticked.join(', '), lines: inline ? [] : options, next: inline ? start : i };
}

/** The capacities PCSE's forms let an authorised signatory sign in, as the forms print them. */
export const SIGNATORY_CAPACITIES = String.raw`Lead GP|GP Partner|Caldicott Guardian|(?:An )?existing Primary (?:Contact|User)|Member of the Board(?: of Directors)?|Board member`;

const PRINTED_CAPACITY = new RegExp(String.raw`\b(?:${SIGNATORY_CAPACITIES})\b`, 'gi');

function printedCapacities(line: string): RegExpMatchArray[] {
  return [...line.matchAll(PRINTED_CAPACITY)];
}

/** The capacities on a line of printed options that a lone mark ("X", "✓") stands before. */
function markedCapacities(line: string): string[] {
  const found = printedCapacities(line);
  return found.flatMap((m, k) => {
    const before = line.slice(k === 0 ? 0 : found[k - 1]!.index! + found[k - 1]![0].length, m.index);
    if (!/(?:^|\s)[xX✓✔√☒☑](?:\s*)$/u.test(before)) return [];
    const end = k + 1 < found.length ? found[k + 1]!.index! : line.length;
    return [line.slice(m.index, end).replace(/\s+[xX✓✔√☒☑]?\s*$/u, '').trim()];
  });
}

/** "[ ] Lead GP [X] GP Partner" on one line: one option a box. */
function splitInlineOptions(value: string): string[] {
  const parts = value.split(/(?=\[\s*[xX✓✔√*]?\s*\]|☒|☑|☐|□)/u).map((p) => p.trim()).filter(Boolean);
  return parts.length > 0 ? parts : [value];
}

/** A line that starts the contact details after an address: a phone or email written with or without its label's colon. */
const ADDRESS_ENDS_AT = /^(?:(?:tel|telephone|phone|t|mob|mobile|fax|f|e-?mail|e)\b\.?\s*(?:no\.?\s*)?[:.-]?\s*[+(\d]|[+(]?\d[\d ()-]{8,}$)/i;

const BULLET_ITEM = /^\s*[*•·▪◦-]\s+\S/;

/** Whether the list item at `at` is in a list (items one a line) where some item is "Label: value". */
function listHasLabels(lines: string[], at: number): boolean {
  let from = at;
  while (from > 0 && BULLET_ITEM.test(lines[from - 1] ?? '')) from--;
  let to = at;
  while (to + 1 < lines.length && BULLET_ITEM.test(lines[to + 1] ?? '')) to++;
  return to - from >= 2 && lines.slice(from, to + 1).some((l) => splitLabelValue(normaliseLine(l)) !== null);
}

/** The label a value needs none of: a telephone number, an address down to its postcode, an email address, a site's name. */
function labelOfSelfEvidentValue(value: string): string | null {
  if (/^(?:\+44\s?|0)\d[\d ()-]{8,}\d$/.test(value)) return 'Telephone';
  if (/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i.test(value)) return 'Email';
  if (/,/.test(value) && /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/.test(value) && !/[:@]/.test(value)) return 'Address';
  if (SITE_NAME.test(value) && value.split(/\s+/).length <= 8 && !/[:@\d]/.test(value)) return 'Name';
  return null;
}

const SITE_NAME = /\b(?:surgery|practice|medical\s+cent(?:re|er)|health\s+cent(?:re|er)|clinic|pharmacy|chemists?|opticians?|dental|partnership)\b/i;

const BARE_PHONE_LINE = /^(tel|telephone|phone)\.?\s+([+(]?\d[\d ()-]{8,}\d)$/i;
/** "Address 3 Market Place, Fairford, GL7 4AB": an address after its label with no colon, down to its postcode. */
const BARE_ADDRESS_LINE = /^(address)\s+(\d[^:@]{4,100}\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$/i;

/** Labels whose value is a list, one item a line ("Permissions required:" then "Prior Notification List", "Cytology …"). */
const LIST_QUALIFIER = '(?:required|requested|needed|wanted|to (?:be )?(?:remove|removed|add|added|grant|granted))';
// A bare "Role" heads one value (a person's job title); "Roles to remove" heads a list.
const LIST_LABEL = new RegExp(`\\b(?:(?:permissions?|access|functions?|modules?)(?: ${LIST_QUALIFIER})?|roles? ${LIST_QUALIFIER})$`, 'i');

const SIGN_OFF = /^(thanks|thank you|many thanks|(?:with )?(?:kind|best|warm|warmest) (?:regards|wishes)|regards|best(?=[\s,!.]*$)|yours|cheers|sent from)\b/i;

const LIST_ITEM = /^\s*(\d{1,2}|[A-Ha-h])([.)])\s/;

/** Whether the next line carries the next number or letter of the same list ("1." then "2.", "a)" then "b)"). */
function startsNumberedList(line: string, next: string): boolean {
  const item = LIST_ITEM.exec(line);
  const following = LIST_ITEM.exec(next);
  if (!item?.[1] || !following?.[1] || item[2] !== following[2]) return false;
  const successor = /\d/.test(item[1]) ? String(Number(item[1]) + 1) : String.fromCharCode(item[1].charCodeAt(0) + 1);
  return following[1] === successor;
}

/** "Section 2 - Person being nominated", "Part B: Signatory", "B. Proposed Primary User". */
function isNumberedHeading(line: string): boolean {
  // A scan's specks after the heading ("Section 3 - Authorised signatory 3 3 & .") are not its words.
  const t = line.trim().replace(/(?:\s+[^\p{L}\s]{1,3})+$/u, '');
  return t.length < 70 && (/^(section|part|step)\s+[\dA-H]{1,2}\b/i.test(t) || /^([A-H]|\d{1,2})[.)]\s+\p{Lu}[^:]*$/u.test(t)) && !/[.?!]$/.test(t);
}

function stripParenthetical(s: string): string {
  return s.replace(/\s*\([^()]*\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

/** A short line that names a value or a group of values ("Main contact email", "Pharmacy", "Position held"). */
function isLabelLine(line: string): boolean {
  const t = stripParenthetical(line.trim());
  if (!t || t.length > 50 || /[@\d]|[.?!,;:]$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 6) return false;
  if (!words.every((w) => /^[\p{L}/&'’()-]+$/u.test(w))) return false;
  if (/^(hi|hello|dear|thanks|thank|many|kind|best|regards|please|cheers|yours|good)\b/i.test(t)) return false;
  return VALUE_NOUN.test(t) || HEAD_NOUN.test(t);
}

/** A label line that can only be a label: it ends with a value noun ("Telephone", "Approver email"). */
function isStrongLabelLine(line: string): boolean {
  return isLabelLine(line) && VALUE_NOUN.test(stripParenthetical(line.trim()));
}

function isHeadingLine(line: string, next: string): boolean {
  const t = line.trim();
  if (t.length >= 80 || /[.?!,;]$/.test(t) || /@/.test(t)) return false;
  // "[ ] Existing Primary User within the organisation": an option beside its tick box, not what follows it.
  if (/^(?:\[\s*[xX✓✔]?\s*\]|[☐☒☑□■])/u.test(t)) return false;
  if (SECTION_WORDS.test(t) && t.split(/\s+/).length <= 8) return true;
  // "sone" between "First name" and "Job title" on a scan: a label OCR could not read, not a heading over the rest.
  if (/^\p{Ll}{1,5}$/u.test(t)) return false;
  // A short line followed by a labelled line is the heading of what follows ("ICB approval", "PCN").
  return t.split(/\s+/).length <= 5 && !/\d/.test(t) && (splitLabelValue(next) !== null || isStrongLabelLine(next));
}

function cleanLabel(s: string): string {
  // "MC:", "MC for branch:": a practice's shorthand for its main contact.
  const label = s.replace(/[*_#]+/g, '').replace(/\s+/g, ' ').replace(/[:\s]+$/, '').trim().replace(/^MC\b/, 'Main contact');
  // A bilingual label ("Enw / Name", "Cod ODS / ODS code") is read by the half this reader knows.
  const halves = label.split(/\s+\/\s+/);
  if (halves.length !== 2) return label;
  const known = halves.filter((h) => VALUE_NOUN.test(h) || HEAD_NOUN.test(h));
  if (known.length === 1) return known[0]!;
  // "Approver position / role": two names for one value, the first saying whose it is.
  const whose = halves[0]!.split(' ').slice(0, -1).join(' ');
  return known.length === 2 && whose && SECTION_WORDS.test(whose) ? `${whose} ${halves[1]!}` : halves[1]!;
}

function isPlausibleLabel(label: string): boolean {
  // PCSE's published checklists, copied and answered, are longer: "The name of the main contact you would like to set up
  // for your branch including title".
  const published = /^(?:the|your)\s/i.test(label) && VALUE_NOUN_ANYWHERE.test(label);
  if (!label || label.length > (published ? 100 : 70)) return false;
  if (/@|https?$|^\d+$/.test(label)) return false;
  const words = label.split(/\s+/);
  if (words.length > (published ? 18 : 9)) return false;
  // Sentences ("I would like to ask: …") are not labels.
  if (/^(i|we|please|could|can|would|hi|hello|dear|thanks|thank)\b/i.test(label)) return false;
  return /[a-z]/i.test(label);
}

/** The first value whose label matches, optionally only in sections matching `section`. */
export function findLabelled(values: LabelledValue[], label: RegExp, section?: RegExp, notSection?: RegExp): LabelledValue | null {
  for (const v of values) {
    const where = `${v.section} ${v.label}`;
    if (!label.test(v.label)) continue;
    if (section && !section.test(where)) continue;
    if (notSection && notSection.test(where)) continue;
    return v;
  }
  return null;
}

/** The lines of one value joined with ", ", without doubling a comma a line already ends with ("3 The Parade," / "Millford"). */
export function joinValueLines(lines: readonly string[]): string {
  return lines.map((l) => l.trim().replace(/[,;]+$/, '').trim()).filter(Boolean).join(', ');
}
