import type { CaseKind } from '../../core/domain/case.js';
import { classifyOdsCode } from '../../core/domain/ods.js';
import { EMAIL_IN_TEXT, odsCodesWithLines } from './field-helpers.js';

/**
 * One organisation's part of a list of several, each with its own code: a table row ("Mistry & Webb Coalville | TPK58
 * | Sanjay Mistry | ADD Lydia Fairbrother, …"), or a block of labelled lines ("Practice: … / Contract / ODS: V045120 /
 * Main contact: …") repeated for each site.
 */
export interface CodeRecord {
  code: string;
  /** The record's lines, trimmed. */
  lines: string[];
}

/** The label a line starts with ("Practice:", "Contract / ODS |"), or null. */
function labelOf(line: string): string | null {
  return /^\s*([^:|\t]{1,40}?)\s*[:|\t]/.exec(line)?.[1]?.toLowerCase() ?? null;
}

/** Lines between two codes of a list: more and they are separate paragraphs, not one list. */
const MAX_RECORD_LINES = 8;

/**
 * The records of a list of organisations in `text`: two or more codes, one a line, each record a table row or the
 * same labelled lines around its code. Null when the codes do not form such a list.
 */
export function codeRecords(text: string): CodeRecord[] | null {
  const lines = text.split('\n');
  const codes = odsCodesWithLines(text);
  if (codes.length < 2 || codes.length > 12) return null;
  const at = codes.map((c) => lines.findIndex((l) => l.trim() === c.line.trim()));
  if (at.some((i, k) => i < 0 || (k > 0 && (i <= at[k - 1]! || i - at[k - 1]! > MAX_RECORD_LINES)))) return null;
  const gap = Math.min(...at.slice(1).map((i, k) => i - at[k]!));
  // How many lines of each record come before its code: as many as carry the same label in every record.
  let before = 0;
  while (before + 1 < gap && at.every((i) => i - before - 1 >= 0) && new Set(at.map((i) => labelOf(lines[i - before - 1] ?? ''))).size === 1 && labelOf(lines[at[0]! - before - 1] ?? '') !== null) before++;
  // A list, not codes that happen to be near each other: the records repeat their labels, or each is a table row.
  const rows = at.every((i) => ((lines[i] ?? '').match(/\||\t/g) ?? []).length >= 2);
  if (before === 0 && !rows) return null;
  return at.map((i, k) => {
    const start = i - before;
    const end = k + 1 < at.length ? at[k + 1]! - before : Math.min(lines.length, start + gap);
    const own = lines.slice(start, end);
    // The last record ends at a blank line or a line of prose.
    const blank = own.findIndex((l, j) => j > before && !l.trim());
    return { code: codes[k]!.value, lines: (blank > 0 ? own.slice(0, blank) : own).map((l) => l.trim()) };
  });
}

/**
 * The records of a list written as blocks of the same labelled lines, a blank line between them (a notification's
 * table of new users, one block a row): two or more blocks with the same three or more labels, each naming a
 * different address. The code is the block's own, or empty. Null when the text holds no such list.
 */
export function labelledBlockRecords(text: string): CodeRecord[] | null {
  const blocks = text.split(/\n[ \t]*\n/).map((b) => b.split('\n').map((l) => l.trim()).filter(Boolean));
  const labelsOf = (block: string[]): string => block.map((l) => /^([^:]{1,40}):\s*\S/.exec(l)?.[1]?.toLowerCase() ?? '\u0000').join('|');
  const listed = blocks.filter((b) => b.length >= 3 && !labelsOf(b).includes('\u0000'));
  const shapes = new Map<string, string[][]>();
  for (const b of listed) shapes.set(labelsOf(b), [...(shapes.get(labelsOf(b)) ?? []), b]);
  const repeated = [...shapes.values()].filter((bs) => bs.length >= 2);
  if (repeated.length !== 1 || !repeated[0] || repeated[0].length > 12) return null;
  // Rows about different people, each with an address of their own; rows of one person's roles are one request.
  const addresses = repeated[0].map((b) => b.join('\n').match(EMAIL_IN_TEXT)?.[0]?.toLowerCase());
  if (addresses.some((a) => !a) || new Set(addresses).size !== addresses.length) return null;
  return repeated[0].map((lines) => ({ code: odsCodesWithLines(lines.join('\n'))[0]?.value ?? '', lines }));
}

/** A record marked as the one to act on: an action written in it ("ADD …", "NEW - replaces Carol Dunn"). */
const ACTION_MARK = /\b(?:ADD|NEW|REMOVE|CHANGE|UPDATE)\b|\b(?:replaces|replacing|to be (?:added|changed|replaced|updated|removed))\b/;

/** Words too common in organisations' names to tell two sites of one owner apart. */
const COMMON = /^(?:the|and|our|practice|surgery|pharmacy|opticians?|dental|care|medical|centre|center|health|group|ltd|limited|main|contact|change|user|admin|please|only|site|store|branch|request|update|details|practices|sites|stores|branches)$/i;

/**
 * Of a list of the writer's organisations, the one the request is about: the only record with an action written in
 * it, else the only one whose distinctive name word the subject or the writer's pointer ("for our Bourne practice",
 * "only Coalville needs changing") names. Null when none or several are singled out, for the kinds that are about
 * two organisations, and for codes of different kinds (a practice and its branch).
 */
export function singledOutRecord(text: string, subject: string, kind: CaseKind): { chosen: CodeRecord; others: CodeRecord[] } | null {
  // A branch and its main practice, an existing practice and a new one: two organisations the request is about.
  if (kind === 'branch_setup' || kind === 'main_contact_extension') return null;
  const records = codeRecords(text) ?? labelledBlockRecords(text);
  // Sites of one kind (three dental contracts, two pharmacies), not a practice and its branch.
  if (!records || new Set(records.map((r) => classifyOdsCode(r.code)?.type ?? 'other')).size !== 1) return null;
  const split = (chosen: CodeRecord) => ({ chosen, others: records.filter((r) => r !== chosen) });
  const marked = records.filter((r) => ACTION_MARK.test(r.lines.join('\n')));
  if (marked.length === 1) return split(marked[0]!);
  const inRecords = new Set(records.flatMap((r) => r.lines));
  // Sentence by sentence: "The first user (HARTLEY) was created by mistake … Please only authorise PATEL, Sanjay."
  const sentences = text.split('\n').filter((l) => !inRecords.has(l.trim())).flatMap((l) => l.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
  const pointers = [subject, ...sentences.filter((l) => /\bonly\b|\bour\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:practice|site|store|branch|surgery|pharmacy|contract)\b/u.test(l))].join('\n');
  const words = [...new Set(pointers.match(/\p{Lu}[\p{L}'’-]{3,}/gu) ?? [])].filter((w) => !COMMON.test(w));
  const named = records.filter((r) => words.some((w) => new RegExp(`\\b${w}\\b`, 'u').test(r.lines.join('\n')) && records.filter((o) => new RegExp(`\\b${w}\\b`, 'u').test(o.lines.join('\n'))).length === 1));
  return named.length === 1 ? split(named[0]!) : null;
}
