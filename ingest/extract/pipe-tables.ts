import { convertTableRows } from './html-to-text.js';

/**
 * Plain-text emails carry tables typed with pipes ("| Field | Existing | New |", "Name | old | new"), often with a
 * Markdown rule row ("|---|---|"), or copied from Outlook or Word with a tab between cells ("\tMain practice\tBranch"). Each run of two or more such lines with the same number of cells is rewritten
 * the way an HTML table is (./html-to-text.ts), so a comparison table becomes one section per column and the
 * label extractor never reads "Existing | New" as a label and a value.
 */
export function convertPipeTables(text: string): string {
  const lines = sideBySideSections(text).split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const marked = markedColumns(lines, i);
    if (marked) {
      out.push('', ...marked.lines, '');
      i = marked.next;
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
      if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)+\|?\s*$/.test(line)) {
        if (ruledAfter < 0) ruledAfter = run.length;
        continue;
      }
      const cells = splitRow(line);
      if (!cells || (run.length > 0 && cells.length !== run[0]?.length)) break;
      run.push(cells);
    }
    if (run.length >= 2 && (run[0]?.length ?? 0) >= 3) {
      out.push('', ...convertTableRows(run), '');
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

/** The cells of "| a | b | c |" or "a | b | c" (at least two pipes between cells); null when the line is not a row. */
function pipeCells(line: string): string[] | null {
  const t = line.trim();
  if (!t.includes('|') || t.length > 1000) return null;
  const cells = t.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  return cells.length >= 2 ? cells : null;
}

/** The cells of a tab-separated row ("ODS code\tH81070\tH81070002"; the header's first cell may be empty). */
function tabCells(line: string): string[] | null {
  if (!line.includes('\t') || line.length > 1000) return null;
  const cells = line.replace(/\s+$/, '').split(/ *\t */).map((c) => c.trim());
  return cells.length >= 3 && cells.slice(1).every((c) => c) ? cells : null;
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
    const heading = (lines[i] ?? '').split('\t').map((c) => c.trim());
    const headed = heading.length === 2 && heading.every((h) => LABEL_CELL.test(h) && h.split(/\s+/).length <= 5);
    const left: string[] = [];
    const right: string[] = [];
    let j = headed ? i + 1 : i;
    for (; j < lines.length; j++) {
      const cells = (lines[j] ?? '').split('\t').map((c) => c.trim());
      if (cells.length === 4 && LABEL_CELL.test(cells[0] ?? '') && LABEL_CELL.test(cells[2] ?? '')) {
        if (cells[1]) left.push(`${cells[0]}: ${cells[1]}`);
        if (cells[3]) right.push(`${cells[2]}: ${cells[3]}`);
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
