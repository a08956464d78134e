/**
 * Plain text as Thunderbird, Apple Mail and older clients send it: every paragraph broken at a fixed margin
 * (~72 columns), so a name, an address or a phrase the readers look for can straddle two lines ("nominate our new
 * Deputy Practice Manager, Mrs Aleksandra" / "Wiśniewska-Hart, for the role"). Such paragraphs are joined back into
 * one line; labelled lines, lists, quotes and short lines keep their own lines, so a form typed in the body reads
 * as before.
 */

/** The widest a wrapping client's margin is; a message with longer lines was not wrapped by its sender. */
const WIDEST_MARGIN = 80;
const NARROWEST_MARGIN = 60;
/** A line this close to the margin was broken there by the client, not ended by its writer. */
const NEAR_MARGIN = 15;
/** Lines that were broken at the margin: fewer, and the text is not a wrapped one. */
const MIN_WRAPPED_LINES = 2;

const LABEL_LINE = /^\s*[\p{L}][\p{L}\d ()/'’&.-]{0,40}:\s*\S/u;
const LIST_ITEM = /^\s*(?:[-•*·▪–]|\(?\d{1,2}[.)]|[a-z][.)])\s/;
const QUOTED = /^\s*>/;
const SIGNATURE_DELIMITER = /^--\s*$/;

function wrappable(line: string): boolean {
  return line.trim() !== '' && !QUOTED.test(line) && !/\t/.test(line);
}

export function unwrapHardWrapped(text: string): string {
  const lines = text.split('\n');
  const own = lines.filter((l) => !QUOTED.test(l)).map((l) => l.trimEnd().length);
  const margin = Math.max(0, ...own);
  if (margin < NARROWEST_MARGIN || margin > WIDEST_MARGIN) return text;
  const broken = (line: string): boolean => wrappable(line) && line.trimEnd().length >= margin - NEAR_MARGIN && !/:\s*$/.test(line) && !LABEL_LINE.test(line);
  const continues = (next: string): boolean => wrappable(next) && !LIST_ITEM.test(next) && !LABEL_LINE.test(next) && !SIGNATURE_DELIMITER.test(next);
  if (lines.filter((l, i) => broken(l) && continues(lines[i + 1] ?? '')).length < MIN_WRAPPED_LINES) return text;
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    while (broken(line) && continues(lines[i + 1] ?? '')) line = `${line.trimEnd()} ${(lines[++i] ?? '').trim()}`;
    out.push(line);
  }
  return out.join('\n');
}

/**
 * "his GMC number is" / (blank line) / "6093318.": a sentence its writer broke after its verb, the value left for a
 * paragraph of its own. No sentence ends on "is", so the value is joined back to it.
 */
export function rejoinSentencesBrokenAtTheirVerb(text: string): string {
  return text.replace(/^([^\n>]*\S)[ \t]+(is|are|was|were)[ \t]*\n(?:[ \t]*\n){1,2}[ \t]*(?![-•*·▪–>]|\d{1,2}[.)]\s)(?=\S)/gim, '$1 $2 ');
}
