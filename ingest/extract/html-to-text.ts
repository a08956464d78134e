import { decodeHTML } from 'entities';
/**
 * Turns an HTML email body into plain text that keeps a form's structure readable: each table row
 * becomes one line, a two-cell row becomes "Label: value", block elements become line breaks.
 * Practices often paste a table ("Practice code | A81001") into an HTML-only email, and the label
 * extractor reads lines, so rows must not be flattened into one run of words. Tables are converted
 * innermost first (Outlook nests them for layout); a side-by-side table whose header row names its
 * columns ("| | Main practice | Branch |") becomes one "## <column>" section per column; lines
 * broken by <br> or paragraphs inside a cell (an address) are joined with ", ".
 */
export function convertHtmlToText(html: string): string {
  let s = html.length > 2_000_000 ? html.slice(0, 2_000_000) : html;
  s = s.replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/<(script|style|head|title|xml)\b[\s\S]*?<\/\1\s*>/gi, '');
  s = s.replace(/[\u0001\u0002]/g, ' ');
  // "Her email is <del>chloe.barnard@…</del> <b>chloe@…</b>": what the writer struck through is crossed out, not said.
  s = s.replace(/<(del|s|strike)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  s = s.replace(/<(span|font)\b[^>]*\bline-through\b[^>]*>(?:(?!<\1\b)[\s\S])*?<\/\1\s*>/gi, '');
  const INNERMOST = /<table\b[^>]*>((?:(?!<table\b)[\s\S])*?)<\/table\s*>/i;
  for (let guard = 0; guard < 500 && INNERMOST.test(s); guard++) {
    s = s.replace(INNERMOST, (_m, body: string) => `<div>${BLOCK}${convertTable(body).join(BLOCK)}${BLOCK}</div>`);
  }
  s = s.replace(/<br\s*\/?>/gi, '\n');
  // A list item keeps its bullet: a list's reader knows its items by it.
  s = s.replace(/<li\b[^>]*>/gi, '\n- ');
  s = s.replace(/<\/?(p|div|h[1-6]|li|ul|ol|table|tbody|thead|blockquote|section|article|header|footer|pre|hr|tr)\b[^>]*>/gi, '\n');
  // A signature pasted as a picture ("Sunita Rai MRPharmS | Pharmacist Manager | … | sunita.rai@nhs.net"): its alt text
  // is the only text of it there is, one line a part.
  s = s.replace(/<img\b[^>]*?\balt\s*=\s*(["'])([^"']*)\1[^>]*>/gi, (_m, _q: string, alt: string) => (SIGNATURE_ALT.test(alt) ? `\n${alt.split(/\s+[|•·]\s+/).join('\n')}\n` : ''));
  s = s.replace(/<[^>]+>/g, '');
  s = decodeEntities(s).replace(/\u0001/g, '\n');
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Alt text that is someone's details, not a picture's description: an address or a UK phone number in it. */
const SIGNATURE_ALT = /@[\w-]+\.|(?:^|\s)(?:\+44\s?|0)\d{2,4}\s?\d{3}\s?\d{3,4}\b/;

/** A line break that survives the whitespace folding of an enclosing table cell. */
const BLOCK = '\u0001';

/** The text of one cell: inner line breaks (<br>, paragraphs) become ", " unless the cell holds a converted table. */
function cellText(html: string): string {
  if (html.includes(BLOCK)) return html.replace(/<[^>]+>/g, ' ');
  const parts = decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, '\u0002')
      .replace(/<\/(p|div|li)\s*>\s*<(p|div|li)\b[^>]*>/gi, '\u0002')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\u0002')
    .map((x) => x.replace(/[\s\u00a0]+/g, ' ').trim().replace(/,$/, ''))
    .filter(Boolean);
  // Re-escaped so a decoded "Tom Barker <tom.barker@nhs.net>" is not stripped as a tag below (decoded once, at the end).
  return parts.join(', ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function readRows(body: string): string[][] {
  const rows: string[][] = [];
  for (const r of body.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|$)/gi)) {
    const cells: string[] = [];
    for (const c of (r[1] ?? '').matchAll(/<t[dh]\b[^>]*>([\s\S]*?)(?=<t[dh]\b|<\/tr|$)/gi)) cells.push(cellText(c[1] ?? ''));
    if (cells.length) rows.push(cells);
  }
  return rows;
}

const LABELISH = /^[\p{L} ()/&'’-]{1,40}$/u;
const REQUEST_DETAIL = /\b(?:name|code|ods|e-?mail|address|phone|telephone|nominee|signatory|capacity|organi[sz]ation|role|user(?:name)?|contact|practice|position|title)\b/i;
const FIELD_NOUN = /\b(name|code|ods|e-?mail|address|tele?phone|phone|tel|role|username|user id|title|date|signature|contact|position|permissions?)\b/i;

/** A table cell asking for the row's person to be added ("PLEASE ADD as PL admin", "New - to be set up"). */
const ADD_CUE = /\b(?:please\s+add|to\s+be\s+added|add\s+(?:as|him|her|them)|new\s*(?:[-–:]\s*)?(?:to\s+be\s+)?(?:set\s+up|added|nominee)|nominat(?:e|ed)|please\s+set\s+up|new\s+(?:main\s+contact|primary\s+user|(?:(?:PL|GPP|PCN|OPTO)\s+)?(?:organi[sz]ation\s+)?(?:user\s+)?admin(?:istrator)?))\b|^\s*add\b/i;
/** A row of someone already in place, whom the request leaves as they are. */
const STANDING_CUE = /^\s*(?:active|current|existing|no change|no|unchanged|already (?:set up|an? admin\w*))\b/i;

/** One table as text lines. */
function convertTable(body: string): string[] {
  return convertTableRows(readRows(body));
}

/**
 * One table's rows (cells as text) as labelled lines: side-by-side comparisons become one "## <column>" section
 * per column, record tables one labelled line per cell, two-cell rows "Label: value". Shared with plain-text
 * pipe tables ("| Field | Existing | New |").
 */
export function convertTableRows(allRows: string[][]): string[] {
  const rows = allRows.filter((r) => r.some((c) => c.trim()));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const header = rows[0] ?? [];
  const rest = rows.slice(1);
  const paired = pairedBlocks(header, rest);
  if (paired) return paired;
  if (width >= 3 && header.length === width && rest.length > 0 && rest.every((r) => r.length === width)) {
    const firstColumnLabels = rest.every((r) => LABELISH.test(r[0] ?? '') && !/@/.test(r[0] ?? ''));
    // An empty top-left cell over a column of field labels marks a comparison even when the column
    // headings use field words ("Current main contact | New main contact").
    const cornerEmpty = (!header[0]?.trim() || GENERIC_CORNER.test(header[0] ?? '')) && rest.every((r) => FIELD_NOUN.test(r[0] ?? ''));
    // "Existing pharmacy (main contact held)": what the brackets add about a column is not a field of it.
    const headerNamesColumns = header.slice(1).every((h) => h.trim() && (cornerEmpty || !FIELD_NOUN.test(h.replace(/\([^)]*\)/g, ''))) && h.length < 60);
    if (firstColumnLabels && headerNamesColumns && (!header[0]?.trim() || !FIELD_NOUN.test(header[0] ?? ''))) {
      // Side by side: "| | Main practice | Branch |" then "| Name | X | Y |": one section per column.
      const out: string[] = [];
      // Columns headed only "Existing" / "New": an organisation's when a row gives a code or an address; each
      // label carries the qualifier ("Existing practice email") as a typed form would.
      const orgRows = rest.some((r) => /\b(ods|code|address)\b/i.test(r[0] ?? ''));
      for (let j = 1; j < width; j++) {
        const h = (header[j] ?? '').trim();
        const bare = BARE_QUALIFIER.test(h);
        out.push(`## ${bare && orgRows ? `${h} organisation` : h}`);
        for (const r of rest) {
          if (!(r[j] ?? '').trim()) continue;
          const label = r[0] ?? '';
          out.push(`${bare && !/^name$/i.test(label.trim()) && !BARE_QUALIFIER_IN.test(label) ? `${h} ${label}` : label}: ${r[j] ?? ''}`);
        }
        out.push('');
      }
      return out;
    }
    // "| | ODS code | Practice name | Address |" over "| Existing practice | TPH36 | … |": the side-by-side table turned
    // over, one section per row under its first cell; a dash is an empty cell.
    const rowsHeaded = !header[0]?.trim() && firstColumnLabels && rest.every((r) => !FIELD_NOUN.test(r[0] ?? '')) && header.slice(1).filter((h) => FIELD_NOUN.test(h)).length * 2 > width - 1;
    if (rowsHeaded) return rest.flatMap((r) => [`## ${r[0] ?? ''}`, ...r.slice(1).flatMap((c, k) => (c.trim() && !/^[-–—]$/.test(c.trim()) ? [`${header[k + 1] ?? ''}: ${c}`] : [])), '']);
    // Mostly field words, the rest plain labels ("Organisation", "Created by"): a record table too.
    // "GMC email", "NHSmail address": an email column by any qualifier.
    const peopleColumns = header.some((h) => /^\s*(full\s+)?name\s*$/i.test(h)) && header.some((h) => /^\s*(?:[\p{L}]+\s+)?(?:e-?mail|nhs\s?mail)(\s+address)?\s*$/iu.test(h));
    // "GMC No.": an abbreviation's full stop is part of a label.
    // "Organisation;Nominee;Nominee email;Signatory;Capacity": every column a detail of a request.
    const requestColumns = header.every((h) => REQUEST_DETAIL.test(h)) && header.some((h) => FIELD_NOUN.test(h));
    if (header.every((h) => LABELISH.test(h.replace(/\?/g, '').replace(/\b(No|Ref|Tel)\.(?=\s|$)/g, '$1'))) && (peopleColumns || requestColumns || header.filter((h) => FIELD_NOUN.test(h)).length * 2 > header.length)) {
      // A record table: "| Name | Email | Role |" then one row per person.
      // A question column ("Main contact?" with "Yes"/"No") marks the row; its answer is nobody's name or address.
      const record = (r: string[]): string[] => [...r.map((c, j) => (c.trim() && !/\?\s*$/.test(header[j] ?? '') ? `${header[j] ?? ''}: ${c}` : '')).filter(Boolean), ''];
      // Several people, one marked "PLEASE ADD": that row is the person the request is for, the rest are who is
      // there already, so each gets the heading a form would give it.
      // A list whose every row is someone already there ("Active", "No change"), with no row to add, is the
      // people the request is not for: the one it is for is named elsewhere.
      const adding = rest.map((r) => r.some((c) => ADD_CUE.test(c)));
      const standing = rest.map((r, i) => !adding[i] && r.some((c) => STANDING_CUE.test(c)));
      if (peopleColumns && rest.length > 1 && ((adding.some(Boolean) && !adding.every(Boolean)) || standing.every(Boolean))) {
        return rest.flatMap((r, i) => [adding[i] ? '## Nominated' : '## Existing', ...record(r)]);
      }
      return rest.flatMap(record);
    }
  }
  if (width === 2 && rest.length === 1 && header.length === 2 && PERSON_HEADING.test(header[0] ?? '') && LABELISH.test(header[0] ?? '') && FIELD_NOUN.test(header[1] ?? '') && !FIELD_NOUN.test(rest[0]?.[0] ?? '')) {
    // "| Outgoing contact | Email |" over "| Kevin Blake | kevin.blake@… |": the heading names whose record it is.
    const [who, value] = rest[0] as [string, string];
    return [`## ${header[0] ?? ''}`, `Name: ${who}`, `${header[1] ?? ''}: ${value}`, ''];
  }
  return rows.map(convertRow);
}

/**
 * Two record blocks side by side under one heading each ("Existing practice" | "New practice", then
 * "Name | X | Name | Y" with spacer columns between): each block becomes its own "## <heading>" section, so the
 * second block's values are not read as the tail of the first's.
 */
function pairedBlocks(header: string[], rest: string[][]): string[] | null {
  const headings = header.map((h) => h.trim()).filter(Boolean);
  if (headings.length < 2 || rest.length < 2 || headings.some((h) => h.length >= 60 || FIELD_NOUN.test(h) || !LABELISH.test(h))) return null;
  const width = Math.max(0, ...rest.map((r) => r.length));
  // Spacer columns are empty in every row.
  const keep = [...Array(width).keys()].filter((j) => rest.some((r) => (r[j] ?? '').trim()));
  if (keep.length !== headings.length * 2) return null;
  const body = rest.map((r) => keep.map((j) => (r[j] ?? '').trim()));
  let pairedRows = 0;
  for (const r of body) {
    let labelled = 0;
    for (let b = 0; b < headings.length; b++) {
      const label = r[b * 2] ?? '';
      const value = r[b * 2 + 1] ?? '';
      if (!label && !value) continue;
      if (!label || !LABELISH.test(label) || !FIELD_NOUN.test(label)) return null;
      labelled++;
    }
    if (labelled === headings.length) pairedRows++;
  }
  if (pairedRows < 2) return null;
  return headings.flatMap((h, b) => [
    `## ${h}`,
    ...body.filter((r) => r[b * 2 + 1]).map((r) => `${r[b * 2] ?? ''}: ${r[b * 2 + 1] ?? ''}`),
    '',
  ]);
}

/** A top-left cell that only heads the label column ("Field | Existing | New"). */
const GENERIC_CORNER = /^(fields?|items?|details?|description|particulars)$/i;

const BARE_QUALIFIER = /^(existing|current|old|previous|new|proposed|outgoing|incoming)$/i;
const BARE_QUALIFIER_IN = /\b(existing|current|old|previous|new|proposed|outgoing|incoming)\b/i;

const PERSON_HEADING = /\b(contact|user|nominee|person|administrator|admin|signatory|approver|applicant)\b/i;

function convertRow(cells: string[]): string {
  if (cells.some((c) => c.includes(BLOCK))) return cells.join(BLOCK);
  const filled = cells.filter((c) => c.trim());
  if (filled.length === 2) {
    const [label, value] = filled as [string, string];
    return /[:?]$/.test(label) ? `${label} ${value}` : `${label}: ${value}`;
  }
  return filled.join(' | ');
}

/** Decodes HTML character references as a browser shows them (every HTML5 named reference, "&middot;" included). */
export function decodeEntities(s: string): string {
  return decodeHTML(s);
}
