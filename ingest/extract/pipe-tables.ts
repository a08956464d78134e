import { convertTableRows } from './html-to-text.js';

/**
 * Plain-text emails carry tables typed with pipes ("| Field | Existing | New |", "Name | old | new"), often with a
 * Markdown rule row ("|---|---|"), or copied from Outlook or Word with a tab between cells ("\tMain practice\tBranch"). Each run of two or more such lines with the same number of cells is rewritten
 * the way an HTML table is (./html-to-text.ts), so a comparison table becomes one section per column and the
 * label extractor never reads "Existing | New" as a label and a value.
 */
export function convertPipeTables(text: string): string {
  const lines = withCornerCells(sideBySideSections(qualifiedValueLists(slashPairedLabels(text))).split('\n'));
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const marked = markedColumns(lines, i);
    if (marked) {
      out.push('', ...marked.lines, '');
      i = marked.next;
      continue;
    }
    const stacked = cellsOneToALine(lines, i);
    if (stacked) {
      out.push('', ...stacked.lines, '');
      i = stacked.next;
      continue;
    }
    const compared = commaSeparatedComparison(lines, i) ?? spaceAlignedComparison(lines, i);
    if (compared) {
      out.push('', ...convertTableRows(compared.rows), '');
      i = compared.next;
      continue;
    }
    const run: string[][] = [];
    let ruledAfter = -1;
    let j = i;
    // A people list exported or typed without pipes ("Name,Email,Role,Status", columns lined up with spaces) is a
    // table only from a header naming a name and an email column; its rows are split the way its header was.
    const first = (lines[i] ?? '').replace(/^\s*>+\s?/, '');
    const splitRow = pipeCells(first) || tabCells(first) ? (l: string) => pipeCells(l) ?? tabCells(l) : PEOPLE_HEADER_SPLITS.find((cellsOf) => isPeopleHeader(cellsOf(first))) ?? (() => null);
    for (; j < lines.length; j++) {
      const line = (lines[j] ?? '').replace(/^\s*>+\s?/, '');
      // Outlook's plain text of an HTML table: a blank line after every row. A blank line with the table's next row
      // under it is inside the table.
      if (!line.trim() && run.length > 0 && (run[0]?.length ?? 0) >= 3 && /^[^\t|]+\t/.test(lines[j + 1] ?? '') && !(lines[j] ?? '').includes('\t')) continue;
      // A rule under the header: Markdown's ("|---|---|"), or a report's dashes under each column ("-------  -----").
      if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$/.test(line) || (run.length === 1 && /^\s*-{3,}(?: +-{3,})+\s*$/.test(line))) {
        if (ruledAfter < 0) ruledAfter = run.length;
        continue;
      }
      const width = run[0]?.length ?? 0;
      // "\tNE46 1XQ" under "Address\t7 Market Place, Hexham,": a cell's next line, no label of its own, continues it.
      const last = run.length >= 2 ? run[run.length - 1] : undefined;
      const continued = last && /^\t/.test(line) ? line.split(/ *\t */).map((c) => c.trim()) : null;
      if (last && continued && continued.length <= width && continued.some((c) => c)) {
        continued.forEach((c, k) => {
          if (k > 0 && c) last[k] = last[k] ? `${last[k]}${/[,;]$/.test(last[k] ?? '') ? ' ' : ', '}${c}` : c;
        });
        continue;
      }
      // "Address\t5 Cheriton Road" / "Folkestone" / "Kent CT20 1DB\tHythe Health Centre, …": a cell of several lines,
      // as Outlook writes an HTML table's cell with line breaks; its row goes on until it has all its cells.
      const wrapped = width >= 3 && run.length >= 2 ? cellOverLines(lines, j, width) : null;
      if (wrapped) {
        run.push(wrapped.cells);
        j = wrapped.last;
        continue;
      }
      const split = splitRow(line);
      // A short row only once the table has shown its width in a full row under its heading.
      const cells = width >= 3 && run.length >= 2 && line.includes('\t') && (split?.length ?? 0) < width ? shortRow(line, width) : split;
      if (!cells || (run.length > 0 && cells.length !== width)) break;
      run.push(cells);
    }
    if (run.length >= 2 && (run[0]?.length ?? 0) >= 3) {
      out.push('', ...convertTableRows(withoutEmptyColumns(run)), '');
      i = j;
    } else if (run.length >= 2 && run[0]?.length === 2 && pipeCells(lines[i] ?? '') && (lines[i] ?? '').trim().startsWith('|')) {
      // "| New main contact | Declan MacAuley |": a two-column table is a label and its value a row; a header row
      // ruled off under it ("| Item | Detail |" then "|---|---|") names the columns, not a value.
      const rows = ruledAfter === 1 ? run.slice(1) : run;
      out.push('', ...rows.filter(([label, value]) => label && value).map(([label, value]) => `${label}: ${value}`), '');
      i = j;
    } else {
      out.push(lines[i] ?? '');
      i++;
    }
  }
  return out.join('\n');
}

/** A tab-separated row whose cells run over the next lines, with its cells (a cell's lines joined) and its last line. */
function cellOverLines(lines: string[], start: number, width: number): { cells: string[]; last: number } | null {
  const tabs = (l: string): number => (l.match(/\t/g) ?? []).length;
  const first = lines[start] ?? '';
  if (!first.includes('\t') || tabs(first) >= width - 1 || !LABEL_CELL.test(first.split('\t')[0]?.trim() ?? '')) return null;
  let joined = first;
  for (let k = start + 1; k < Math.min(lines.length, start + 5); k++) {
    // withCornerCells took "Kent CT20 1DB\tHythe Health Centre" for a heading missing its corner: it is not one here.
    const next = (lines[k] ?? '').replace(/^\t(?=\S)/, '');
    if (!next.trim() || (next.includes('\t') && LABEL_CELL.test(next.split('\t')[0]?.trim() ?? '') && tabs(next) >= width - 1)) return null;
    joined += `\n${next}`;
    if (tabs(joined) > width - 1) return null;
    if (tabs(joined) === width - 1 && next.includes('\t')) return { cells: joined.split(/ *\t */).map((c) => c.split('\n').map((x) => x.trim()).filter(Boolean).join(', ')), last: k };
  }
  return null;
}

/** A label's half that names its section first ("EXISTING practice name", "New ODS code", "Branch address"). */
const SECTIONED_LABEL = /^(?:existing|current|old|previous|new|main|branch)\b[\p{L} ]{2,40}$/iu;

/**
 * "EXISTING practice name / NEW practice name:" over "Bright Smile Dental Care / Bright Smile Dental Care - Ilkley":
 * two labels paired on one line and their two values under them, a label and its value a line each.
 */
export function slashPairedLabels(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i++) {
    const labels = /^\s*(.+?)\s+\/\s+(.+?)\s*:\s*$/.exec(lines[i] ?? '');
    if (!labels?.[1] || !labels[2] || !SECTIONED_LABEL.test(labels[1]) || !SECTIONED_LABEL.test(labels[2])) continue;
    const values = (lines[i + 1] ?? '').split(/\s+\/\s+/);
    if (values.length !== 2 || !values.every((v) => v.trim())) continue;
    lines.splice(i, 2, `${labels[1]}: ${values[0]!.trim()}`, `${labels[2]}: ${values[1]!.trim()}`);
    i++;
  }
  return lines.join('\n');
}

/**
 * A comparison table copied or exported without its empty top-left cell ("Existing pharmacy\tNew pharmacy" over
 * "ODS code\tFRL63\tFG804"): the heading row gets the corner back, so its columns line up with the rows'.
 */
function withCornerCells(lines: string[]): string[] {
  return lines.map((line, i) => {
    // A row with its last cell empty ("Main contact\tJo Bloggs\t") or a line inside a table is not a heading.
    const heading = line.includes('\t') && !line.includes('|') && !/\t\s*$/.test(line) ? line.trim().split(/ *\t */) : null;
    if (!heading || tabCells(lines[i - 1] ?? '') || heading.length < 2 || !heading.every((h) => COLUMN_HEADING.test(h))) return line;
    const rows = lines.slice(i + 1, i + 3).map((l) => tabCells(l));
    return rows.every((r) => r?.length === heading.length + 1 && LABEL_CELL.test(r[0] ?? '')) ? `\t${line.trim()}` : line;
  });
}

/**
 * A row of a tab-separated table that gives values for its first columns only ("Main contact\tJo Bloggs" under
 * three columns): the cells it lacks are the last ones. Null unless it starts with a row label.
 */
function shortRow(line: string, width: number): string[] | null {
  const cells = line.replace(/[ \r]+$/, '').split(/ *\t */).map((c) => c.trim());
  if (cells.length < 2 || cells.length > width || !LABEL_CELL.test(cells[0] ?? '') || !cells.slice(1).some((c) => c)) return null;
  return [...cells, ...Array<string>(width - cells.length).fill('')];
}

/** A column empty in every row, the heading's included, is a gap between two tables' columns, not a column. */
function withoutEmptyColumns(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const kept = [...Array(width).keys()].filter((k) => rows.some((r) => (r[k] ?? '').trim()));
  return kept.length === width ? rows : rows.map((r) => kept.map((k) => r[k] ?? ''));
}

/** A column's heading: a label, or a few words with a date or a note ("New pharmacy (acquired 1 December 2026)"). */
const COLUMN_HEADING = /^[\p{L}][\p{L}\d ()/&'’,.-]{0,59}$/u;
/** A heading cell that names a field ("Current practice email", "New ODS code"): a label cell with a field's word. */
const FIELD_WORD = /\b(?:name|code|ods|e-?mail|address|tele?phone|phone|role|username|contact|position)\b/i;

/**
 * An HTML table as Outlook writes it in the plain-text part: each cell on a line of its own, a blank line after each
 * row ("Current practice email" / "New practice email", blank, "old@nhs.net" / "new@nhs.net"). A first row of field
 * headings over rows of as many values, at least one of them an address, code or number, is read as that table.
 */
function cellsOneToALine(lines: string[], start: number): { lines: string[]; next: number } | null {
  if (start > 0 && (lines[start - 1] ?? '').trim()) return null;
  const paragraph = (from: number): string[] => {
    const out: string[] = [];
    for (let k = from; k < lines.length && (lines[k] ?? '').trim(); k++) out.push((lines[k] ?? '').trim());
    return out;
  };
  const heading = paragraph(start);
  if (heading.length < 2 || heading.length > 6 || !heading.every((h) => LABEL_CELL.test(h) && FIELD_WORD.test(h))) return null;
  const rows = [heading];
  let next = start + heading.length;
  while ((lines[next] ?? '').trim() === '' && next + 1 < lines.length) {
    const row = paragraph(next + 1);
    if (row.length !== heading.length || !row.some((c) => /[@\d]/.test(c)) || row.some((c) => c.length > 100)) break;
    rows.push(row);
    next += 1 + row.length;
  }
  // Each value under its heading, one record a paragraph.
  return rows.length >= 2 ? { lines: rows.slice(1).flatMap((row) => [...row.map((value, k) => `${heading[k] ?? ''}: ${value}`), '']), next } : null;
}


/**
 * "field,existing pharmacy,new pharmacy" over "ODS code,FK3J1,FH8N4" and "Address,\"22 Greenway Parade, Luton\",…":
 * a comparison exported from a spreadsheet. Quoted cells keep their commas; an empty cell stays in its column.
 */
function commaSeparatedComparison(lines: string[], start: number): { rows: string[][]; next: number } | null {
  const header = csvCells(lines[start] ?? '');
  if (!header || header.length < 3 || !header.every((h, k) => (k === 0 && !h) || LABEL_CELL.test(h))) return null;
  const rows = [header];
  let j = start + 1;
  for (; j < lines.length; j++) {
    const cells = csvCells(lines[j] ?? '');
    if (!cells || cells.length !== header.length || !LABEL_CELL.test(cells[0] ?? '') || cells.slice(1).every((c) => !c)) break;
    rows.push(cells);
  }
  return rows.length >= 3 ? { rows, next: j } : null;
}

/** One line of CSV, RFC 4180 quoting; null when it has no comma or a quote is left open. */
function csvCells(line: string): string[] | null {
  const t = line.trim();
  if (!t.includes(',') || t.includes('\t') || t.includes('|') || t.length > 1000) return null;
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let k = 0; k < t.length; k++) {
    const ch = t[k];
    if (quoted && ch === '"' && t[k + 1] === '"') {
      cell += '"';
      k++;
    } else if (quoted && ch === '"') quoted = false;
    else if (quoted) cell += ch;
    else if (ch === '"' && !cell.trim()) quoted = true;
    else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  if (quoted) return null;
  cells.push(cell.trim());
  return cells;
}

/**
 * A comparison typed in columns lined up with spaces ("            Existing practice      New practice" over
 * "ODS code    L81042                 L81118"): each row is cut where the heading's columns start, so a value left
 * empty on one side stays on its side. Every piece of a row must start where a column does, or it is not a table.
 */
function spaceAlignedComparison(lines: string[], start: number): { rows: string[][]; next: number } | null {
  const headingLine = (lines[start] ?? '').replace(/\s+$/, '');
  const heading = [...headingLine.matchAll(/\S+(?: \S+)*/g)];
  const firstAt = heading[0]?.index ?? 0;
  if (heading.length < 2 || firstAt < 4 || !heading.every((h) => COLUMN_HEADING.test(h[0]))) return null;
  const starts = heading.map((h) => h.index ?? 0);
  const rows = [['', ...heading.map((h) => h[0])]];
  let j = start + 1;
  for (; j < lines.length; j++) {
    const line = (lines[j] ?? '').replace(/\s+$/, '');
    if (!line.trim()) break;
    const pieces = [...line.matchAll(/\S+(?: \S+)*/g)];
    if (pieces[0]?.index !== 0 || !LABEL_CELL.test(pieces[0][0])) break;
    const cells = ['', ...starts.map(() => '')];
    cells[0] = pieces[0][0];
    let aligned = true;
    for (const piece of pieces.slice(1)) {
      const column = starts.findIndex((s) => Math.abs(s - (piece.index ?? 0)) <= 1);
      if (column < 0 || (piece.index ?? 0) < firstAt - 1) aligned = false;
      else cells[column + 1] = piece[0];
    }
    if (!aligned || pieces.length < 2) break;
    rows.push(cells);
  }
  return rows.length >= 3 ? { rows, next: j } : null;
}

/** The cells of "| a | b | c |" or "a | b | c" (at least two pipes between cells); null when the line is not a row. */
function pipeCells(line: string): string[] | null {
  const t = line.trim();
  if (!t.includes('|') || t.length > 1000) return null;
  const cells = t.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  return cells.length >= 2 ? cells : null;
}

/**
 * The cells of a tab-separated row ("ODS code\tH81070\tH81070002"; the header's first cell may be empty, a row's
 * other cells when the row gives a value for only some columns: "Telephone\t\t0115 496 0871").
 */
function tabCells(line: string): string[] | null {
  if (!line.includes('\t') || line.length > 1000) return null;
  const cells = line.replace(/[ \r]+$/, '').split(/ *\t */).map((c) => c.trim());
  const values = cells.slice(1).filter((c) => c).length;
  return cells.length >= 3 && (cells[0] ? values > 0 : values === cells.length - 1) ? cells : null;
}

/** "Name,Email,Role" (a CSV export) and "Name    Position    Email" (columns lined up with two or more spaces). */
const PEOPLE_HEADER_SPLITS: ((line: string) => string[] | null)[] = [
  (line) => (line.includes(',') && !line.includes('|') ? line.split(',').map((c) => c.trim()) : null),
  (line) => (line.includes(';') && !line.includes('|') ? line.split(';').map((c) => c.trim()) : null),
  (line) => (/\S {2,}\S/.test(line) && !line.includes('|') ? line.trim().split(/ {2,}/).map((c) => c.trim()) : null),
];

/** What a spreadsheet's column of request details is headed by. */
const FIELDISH = /\b(?:name|code|e-?mail|address|phone|telephone|nominee|signatory|capacity|organi[sz]ation|role|user(?:name)?|contact|practice|position|title)\b/i;

function isPeopleHeader(cells: string[] | null): boolean {
  if (!cells || cells.length < 3 || !cells.every((c) => /^[\p{L} ()/&'’?-]{1,40}$/u.test(c))) return false;
  if (cells.some((c) => /^(?:full\s+)?name$/i.test(c)) && cells.some((c) => /^e-?mail(?:\s+address)?$/i.test(c))) return true;
  // "practice name,practice code,current email,new email": a spreadsheet's header of field names, each a short label.
  return cells.every((c) => c.split(/\s+/).length <= 4 && FIELDISH.test(c)) && cells.filter((c) => /\b(?:name|code|e-?mail|address|phone|telephone)\b/i.test(c)).length >= 1;
}

const MARK_CELL = /^(?:[✓✔✗xXyY]|yes|no|n|-|)$/i;
const ACTION_COLUMN = /^(?:add|remove|new|request(?:ed)?|required|needed|grant|give|revoke)$/i;

/**
 * "Permission | Current | Add" over rows marked with ticks ("Prior Notification List |  | ✓"): each column's ticked
 * items, the column that asks for something first ("Permission Add: Prior Notification List, Ceased Patients
 * Report"), the others after it as what is there already. Null when the lines are not such a table.
 */
function markedColumns(lines: string[], start: number): { lines: string[]; next: number } | null {
  const cellsOf = (l: string): string[] | null => (l.includes('\t') ? l.replace(/\s+$/, '').split('\t') : l.includes('|') ? l.trim().replace(/^\||\|$/g, '').split('|') : null)?.map((c) => c.trim()) ?? null;
  const header = cellsOf(lines[start] ?? '');
  if (!header || header.length < 3 || !header.every((h) => /^[\p{L} /&()'’-]{1,30}$/u.test(h)) || !header.slice(1).some((h) => ACTION_COLUMN.test(h))) return null;
  const rows: string[][] = [];
  let j = start + 1;
  for (; j < lines.length; j++) {
    const cells = cellsOf(lines[j] ?? '');
    if (!cells || !cells[0] || cells.length > header.length || !cells.slice(1).every((c) => MARK_CELL.test(c))) break;
    rows.push(cells);
  }
  if (rows.length < 2) return null;
  const ticked = (c: string | undefined): boolean => /^(?:[✓✔xXyY]|yes)$/i.test(c ?? '');
  const columns = header.slice(1).map((h, k) => ({ h, items: rows.filter((r) => ticked(r[k + 1])).map((r) => r[0] ?? '') }));
  columns.sort((a, b) => Number(ACTION_COLUMN.test(b.h)) - Number(ACTION_COLUMN.test(a.h)));
  return { lines: columns.filter((c) => c.items.length).map((c) => `${header[0]} ${ACTION_COLUMN.test(c.h) ? c.h.toLowerCase() : `${c.h.toLowerCase()} (held already)`}: ${c.items.join(', ')}`), next: j };
}

/** A cell that reads as a form's label or a section's heading: a few words, no digits, addresses or sentences. */
const LABEL_CELL = /^[\p{L}][\p{L} ()/&'’-]{0,39}$/u;

/** "  Existing - Elm Tree Dental": one practice's or person's value under a label both share. */
const QUALIFIED_VALUE = /^\s*(existing|current|old|previous|outgoing|new|incoming|main(?:\s+practice)?|branch)\s*[-–:]\s*(\S.*)$/i;

/**
 * A table of two columns (existing and new practice) written a row at a time, each value under the row's label:
 * "Practice name:" / "  Existing - Elm Tree Dental" / "  New - Elm Tree Dental at Kingsway". Each value is written as
 * "Existing Practice name: Elm Tree Dental", so the label names its column as a form's would.
 */
export function qualifiedValueLists(text: string): string {
  if (!/^\s*(?:existing|current|old|previous|outgoing|new|incoming|main|branch)\b\s*[-–:]/im.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = /^\s*(\p{L}[\p{L} ()/'’-]{1,40}?)\s*:\s*$/u.exec(lines[i] ?? '')?.[1];
    let j = i + 1;
    const values: string[] = [];
    for (let m = QUALIFIED_VALUE.exec(lines[j] ?? ''); label && m; m = QUALIFIED_VALUE.exec(lines[++j] ?? '')) values.push(`${m[1]} ${label}: ${m[2]}`);
    if (label && values.length >= 2) {
      out.push(...values);
      i = j - 1;
    } else out.push(lines[i] ?? '');
  }
  return out.join('\n');
}

/**
 * A form laid out as two sections side by side ("MAIN PRACTICE\tBRANCH PRACTICE" over rows of "Address\tX\tAddress\tY"):
 * text extraction gives each row as label, value, label, value. The left section's pairs are written under its heading,
 * then the right section's under its own, so each label keeps its value and the repeated labels their section. Rows of
 * one pair belong to the left section. Text without such a block is returned as it was.
 */
export function sideBySideSections(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    // A heading over two columns each ("MAIN PRACTICE\t\tBRANCH PRACTICE") has empty cells beside it.
    const heading = (lines[i] ?? '').split('\t').map((c) => c.trim()).filter(Boolean);
    const headed = heading.length === 2 && heading.every((h) => LABEL_CELL.test(h) && h.split(/\s+/).length <= 5);
    const left: string[] = [];
    const right: string[] = [];
    let j = headed ? i + 1 : i;
    for (; j < lines.length; j++) {
      const cells = (lines[j] ?? '').split('\t').map((c) => c.trim());
      // A value's second line sits under the value with no label beside it ("Address  4 Bridge Street" over
      // "           Skipton BD23 1NH"): it continues that section's last value.
      const continued = (section: string[], value: string | undefined): void => {
        if (value && section.length > 0) section[section.length - 1] += `, ${value}`;
      };
      if (cells.length === 4 && (LABEL_CELL.test(cells[0] ?? '') || (!cells[0] && left.length > 0)) && (LABEL_CELL.test(cells[2] ?? '') || (!cells[2] && right.length > 0))) {
        if (cells[0] && cells[1]) left.push(`${cells[0]}: ${cells[1]}`);
        else if (!cells[0]) continued(left, cells[1]);
        if (cells[2] && cells[3]) right.push(`${cells[2]}: ${cells[3]}`);
        else if (!cells[2]) continued(right, cells[3]);
      } else if ((cells.length === 2 || cells.length === 3) && !cells[0] && cells[1] && left.length > 0 && !cells[2]) {
        continued(left, cells[1]);
      } else if (headed && cells.length === 2 && LABEL_CELL.test(cells[0] ?? '') && cells[1]) {
        left.push(`${cells[0]}: ${cells[1]}`);
      } else break;
    }
    // Two rows at least, and a heading or three rows: one label-value-label-value line is a row of a table, not a form.
    if (right.length >= 2 && (headed || right.length >= 3)) {
      out.push('', ...(headed ? [heading[0] ?? ''] : []), ...left, '', ...(headed ? [heading[1] ?? ''] : []), ...right, '');
      i = j;
    } else {
      out.push(lines[i] ?? '');
      i++;
    }
  }
  return out.join('\n');
}
