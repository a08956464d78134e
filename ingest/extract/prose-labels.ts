/**
 * Details written as sentences instead of labelled lines: "Main practice is Sutton Vale Surgery, ODS code m85 126.
 * Address is 7 Vale Road, Sutton Vale CW8 2SV and telephone 01632 961 800." / "For branch: … Name Sutton Vale
 * Surgery - Nether Sutton. Address The Old School, … CW8 5NS. Telephone 01632 961 850." Each sentence that opens with
 * a value's noun is written as the labelled line it stands for, and a sentence that says whose details follow ("For
 * branch:", "Main practice is …") as a section heading, so the labelled-line reader places them as it would a form.
 * Only a paragraph with at least two such sentences, one of them an address, a phone or a code, is rewritten: one
 * sentence that starts with "Name" or "Address" is ordinary prose.
 */

/** A value's noun at the start of a sentence, then "is", "will be", a colon or nothing, then the value. */
const LABELLED_SENTENCE =
  /^(?:(?:and|also|the|its|their|our|his|her|with)\s+)*((?:branch |practice |site |surgery )?name|(?:postal |full |branch |practice |site )?address|post ?code|(?:branch |practice |site |main )?(?:tele)?phone(?: number| no\.?)?|tel\.?|(?:branch |practice |site )?e-?mail(?: address)?|(?:branch |practice |site |main |ods )+code|ods|main contact)\b(?:\s+(?:there|here))?(?:\s+(?:is|will be|would be|are|should be))?\s*[:=–-]?\s*(\S.*)$/i;

/** A sentence that says whose details follow: "For branch:", "For the new branch -", "Main practice is …". */
const WHOSE_DETAILS = /^(?:for|about|regarding|re|on)\s+(?:the\s+|our\s+|new\s+)*(branch(?:\s+surgery|\s+site)?|main\s+(?:practice|site|surgery))\s*[:,–-]\s*(.*)$/i;
const MAIN_PRACTICE_IS = /^(?:the\s+|our\s+)?(main\s+(?:practice|site|surgery)|existing\s+practice|parent\s+practice|new\s+(?:practice|pharmacy|surgery|site))\s+(?:is|will be)\s+(?!at\b|based\b|called\b)(.+)$/i;
const MAIN_PRACTICE_AT = /^(?:the\s+|our\s+)?(main\s+(?:practice|site|surgery)|existing\s+practice|parent\s+practice)\s+is\s+(?:based\s+|located\s+)?at\s+(.+)$/i;
/** "The branch is called Landrake Surgery": the site and its name. */
const SITE_IS_CALLED = /^(?:the\s+|our\s+)?(?:new\s+)?(branch(?:\s+surgery|\s+site|\s+practice)?|main\s+(?:practice|site|surgery)|new\s+(?:practice|site|surgery))\s+(?:is|will be)\s+(?:called|named|known as)\s+(.+)$/i;

/**
 * Sentences that give a value without naming it first, as the labelled line each stands for: "It is at The Old Chapel,
 * …", "We are at 88 Priory Road, …", "can be reached on 0117 …", "ODS have given it the code L82046001", "We would like
 * Dr Morwenna Tonkin, our branch lead GP, to be the main contact for the branch".
 */
const VALUE_SENTENCES: [RegExp, string][] = [
  // "… is called Staunton on Wye Surgery and is at The Old School, …": the subject shared with the sentence before.
  [/^(?:(?:it|we|they|the\s+(?:main\s+)?(?:practice|branch|surgery|site|pharmacy)|the\s+new\s+(?:practice|site|surgery)|our\s+(?:practice|branch|surgery|site))\s+)?(?:is|are|will be)\s+(?:based\s+|located\s+)?at\s+(.+)$/i, 'Address'],
  [/^(?:(?:it|we|they)\s+)?(?:can|may)\s+be\s+(?:reached|contacted|called|rung)\s+on\s+(.+)$/i, 'Telephone'],
  [/^(?:the\s+)?(?:ods|they|nhs digital)\s+(?:have|has)\s+given\s+(?:it|us|the branch)\s+(?:the\s+)?(?:ods\s+)?code\s+(.+)$/i, 'ODS code'],
  [/^(?:we|I)\s+(?:would like|want|wish)\s+(.+?)\s+to\s+be\s+(?:the\s+)?main\s+contact\b.*$/i, 'Main contact'],
];

const SITE_LABELLED = /^((?:main|existing|parent|new)\s+(?:practice|site|surgery|pharmacy)|branch(?:\s+surgery|\s+site)?)\b[^:\n]{0,30}:\s*\S/i;

/** A site's details as the parts of a sentence after its name: "code M81622", "at Back Lane, …, HR4 8SG", "telephone …". */
function detailsInParts(parts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    // "code M81622", "and its ODS code is FX209", "ODS K81052".
    const code = /^(?:and\s+)?(?:(?:its|the)\s+)?(?:(?:ods\s+)?code|ods)\s*(?:is|:)?\s*([A-Za-z]\s?\d[A-Za-z0-9 ]{2,10}?)$/i.exec(part);
    const phone = /^(?:(?:its|the)\s+)?(?:tel(?:ephone)?|phone)(?:\s+(?:number|no\.?))?\s*(?:is|:)?\s*((?:\+44\s?|0)[\d ]{9,13}\d)$/i.exec(part);
    if (code?.[1]) out.push(`ODS code: ${code[1]}`);
    else if (phone?.[1]) out.push(`Telephone: ${phone[1]}`);
    // "at Back Lane, …, HR4 8SG", "3 Moorside Parade, Dewsbury WF13 4LS": from "at" or a house number to the postcode.
    else if (/^at\s+\S|^\d+[A-Za-z]?\s+\p{L}/iu.test(part)) {
      const end = parts.findIndex((p, j) => j >= i && j <= i + 4 && UK_POSTCODE_AT_END.test(p));
      if (end < 0) continue;
      out.push(`Address: ${parts.slice(i, end + 1).join(', ').replace(/^at\s+/i, '')}`);
      i = end;
    }
  }
  return out;
}

const UK_POSTCODE_AT_END = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i;

/** What makes a paragraph worth rewriting: something only a details block gives. */
const STRUCTURAL = /address|post ?code|phone|tel|code|ods/i;

/** Splits a paragraph into sentences, not after a title or an initial ("Dr. Rahimi", "J. Pilling"). */
function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=(?<!\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|St|No|[A-Z]))[.;!])\s+(?=\S)/)
    .flatMap((s) => s.split(/,?\s+and\s+(?=(?:the\s+|its\s+|our\s+)?(?:(?:tele)?phone|tel\b|e-?mail|address|post ?code|ods\b|can\s+be\s+(?:reached|contacted|called)|is\s+(?:based\s+|located\s+)?at|(?:the\s+)?(?:branch|main\s+(?:practice|site|surgery))\s+is)\b)/i))
    .map((s) => s.trim().replace(/[.;]+$/, ''))
    .filter(Boolean);
}

/**
 * The text with each paragraph of labelled sentences written as labelled lines under its section's heading, and the
 * sentence each written line came from: evidence quotes what the practice wrote, not our rewriting of it.
 */
export function labelProseSentences(text: string): { text: string; sentenceOf: ReadonlyMap<string, string> } {
  const sentenceOf = new Map<string, string>();
  if (!/\b(?:is|address|phone|tel)\b/i.test(text)) return { text, sentenceOf };
  const rewritten = text
    .split('\n')
    .map((line) => (line.length < 60 ? line : asLabelledLines(line, sentenceOf) ?? line))
    .join('\n');
  return { text: rewritten, sentenceOf };
}

function asLabelledLines(paragraph: string, sentenceOf: Map<string, string>): string | null {
  const out: string[] = [];
  const said = new Map<string, string>();
  let labelled = 0;
  let structural = false;
  let headed = false;
  for (const raw of sentences(paragraph)) {
    let s = raw;
    const whose = WHOSE_DETAILS.exec(s);
    if (whose?.[1]) {
      out.push(`## ${whose[1]}`);
      headed = true;
      s = whose[2] ?? '';
      if (!s) continue;
    }
    // "The main practice is at 2 Thornbury Road, Bristol BS35 1AA, tel 01454 496 210": its address and phone, no name.
    const mainAt = MAIN_PRACTICE_AT.exec(s);
    const atDetails = mainAt?.[1] && mainAt[2] ? detailsInParts(`at ${mainAt[2]}`.split(/\s*,\s*/)) : [];
    if (mainAt?.[1] && atDetails.length > 0) {
      out.push(`## ${mainAt[1]}`, ...atDetails);
      for (const line of atDetails) said.set(line, raw);
      headed = true;
      structural = true;
      labelled += atDetails.length;
      continue;
    }
    const main = MAIN_PRACTICE_IS.exec(s);
    if (main?.[1] && main[2]) {
      out.push(`## ${main[1]}`);
      headed = true;
      // "Sutton Vale Surgery, it is GP, ODS code m85 126": the name, then what else the sentence says of it.
      const [name, ...rest] = main[2].split(/\s*,\s*/);
      out.push(`Name: ${name}`);
      said.set(`Name: ${name}`, raw);
      labelled++;
      const code = /\b(?:ods\s+)?code\s*(?:is|:)?\s*([A-Za-z0-9][A-Za-z0-9 ]{3,10}?)\s*$/i.exec(rest.join(', '));
      if (code?.[1]) {
        out.push(`ODS code: ${code[1]}`);
        said.set(`ODS code: ${code[1]}`, raw);
        structural = true;
      }
      // "…, a GP practice, code M81622, at Back Lane, Weobley, Hereford, HR4 8SG, telephone 01544 318 690": each part
      // set off by its commas, the address running from "at" to its postcode.
      for (const line of detailsInParts(code?.[1] ? [] : rest)) {
        out.push(line);
        said.set(line, raw);
        structural = true;
        labelled++;
      }
      continue;
    }
    const called = SITE_IS_CALLED.exec(s);
    if (called?.[1] && called[2]) {
      out.push(`## ${called[1]}`, `Name: ${called[2]}`);
      said.set(`Name: ${called[2]}`, raw);
      headed = true;
      labelled++;
      continue;
    }
    const unnamed = VALUE_SENTENCES.map(([pattern, label]) => [pattern.exec(s)?.[1], label] as const).find(([value]) => value);
    if (unnamed?.[0]) {
      const line = `${unnamed[1]}: ${unnamed[0]}`;
      out.push(line);
      said.set(line, raw);
      labelled++;
      if (STRUCTURAL.test(unnamed[1])) structural = true;
      continue;
    }
    // "Main practice address: 3 Harbour Road, … TR13 9JX. Phone 01326 496 111.": a sentence labelled as one site's
    // says whose the bare labels after it are.
    const site = SITE_LABELLED.exec(s);
    if (site?.[1]) {
      out.push(`## ${site[1]}`, s);
      headed = true;
      // "Main practice: Hillcrest Surgery, ODS K81052, main contact …, 19 Hill Crescent, Reading RG4 7PT, tel …": the
      // address among the sentence's parts, from its house number to its postcode.
      const address = detailsInParts(s.slice(s.indexOf(':') + 1).split(/\s*,\s*/)).filter((l) => l.startsWith('Address: '));
      for (const line of address) {
        out.push(line);
        said.set(line, raw);
        labelled += 2; // the site's own line and its address
        structural = true;
      }
      continue;
    }
    // "Main contact for the branch: Mrs Beatriz Santos, …": already a label and its value, read as written.
    if (/^[\p{L}][\p{L} ()/'’-]{1,50}:\s*\S/u.test(s)) {
      out.push(s);
      continue;
    }
    const m = LABELLED_SENTENCE.exec(s);
    if (m?.[1] && m[2]) {
      // "Its name is Narborough Road Pharmacy (we're keeping the old name)": the remark after the value is not part of it.
      const value = m[2].replace(/\s*\((?:[^()\s]+\s+){1,}[^()]*\)\s*$/, '') || m[2];
      out.push(`${m[1]}: ${value}`);
      said.set(`${m[1]}: ${value}`, raw);
      labelled++;
      if (STRUCTURAL.test(m[1])) structural = true;
    } else {
      out.push(s);
    }
  }
  if (labelled < 2 || !structural) return null;
  // The paragraph's heading is its own: what follows it is not under it.
  if (headed) out.push('## *');
  for (const [line, sentence] of said) sentenceOf.set(line, sentence);
  return out.join('\n');
}
