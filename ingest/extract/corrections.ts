import type { FieldResult } from './fields/context.js';

/**
 * A value the writer corrects in the same email: "Sorry - the code is actually FQ412, not FQ421", "It should be
 * J82155, not J82515", "her username is CMCALEESE2 - CMCALEESE1 was a previous member of staff". `wrong` is the
 * value as first written, or a word of it ("not the reception one").
 */
export interface Correction {
  right: string;
  wrong: string;
  line: string;
}

/** What makes a sentence a correction rather than a contrast in passing ("Jo, not Sam, will be the admin"). */
const CUE = /\b(?:sorry|apolog\w*|correct\w*|actually|typo|mistake|wrong|should (?:be|read|have been)|meant|instead of|mis-?typed)\b/i;

/** One value: an address, or a code or login (letters and digits, at least one digit or all capitals). */
const VALUE = String.raw`([\w.+'’-]+@[\w-]+(?:\.[\w-]+)+|[A-Za-z0-9][\w.-]*[A-Za-z0-9])`;

const PATTERNS: { re: RegExp; right: number; wrong: number }[] = [
  // "is actually FQ412, not FQ421", "should be J82155 not J82515", "the new address is X, not the reception one"
  { re: new RegExp(String.raw`\b(?:is|be|read|are)\s+(?:actually\s+)?${VALUE}\s*[,;(–—-]?\s*(?:and\s+)?not\s+(?:the\s+|our\s+)?${VALUE}`, 'i'), right: 1, wrong: 2 },
  // "CMCALEESE2 - CMCALEESE1 was a previous member of staff"
  { re: new RegExp(String.raw`${VALUE}\s*[-–—,;(]\s*${VALUE}\s+(?:was|is|belongs|belonged)\b`, 'i'), right: 1, wrong: 2 },
  // "FQ421 should be FQ412", "J82515 should read J82155"
  { re: new RegExp(String.raw`${VALUE}\s+should\s+(?:be|read|have been)\s+${VALUE}`, 'i'), right: 2, wrong: 1 },
  // "not FQ421 but FQ412", "use FQ412 instead of FQ421"
  { re: new RegExp(String.raw`\bnot\s+${VALUE}\s*,?\s*but\s+${VALUE}`, 'i'), right: 2, wrong: 1 },
  { re: new RegExp(String.raw`${VALUE}\s+instead\s+of\s+(?:the\s+)?${VALUE}`, 'i'), right: 1, wrong: 2 },
];

const looksLikeValue = (v: string): boolean => v.includes('@') || /\d/.test(v) || /^[A-Z]{4,}$/.test(v);

/** The corrections the writer makes in `text`, sentence by sentence. */
export function findCorrections(text: string): Correction[] {
  const out: Correction[] = [];
  for (const line of text.split('\n')) {
    if (!CUE.test(line)) continue;
    for (const sentence of line.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      if (!CUE.test(sentence) && !CUE.test(line)) continue;
      for (const { re, right, wrong } of PATTERNS) {
        const m = re.exec(sentence);
        const r = m?.[right];
        const w = m?.[wrong];
        if (!r || !w || r.toLowerCase() === w.toLowerCase() || !looksLikeValue(r)) continue;
        out.push({ right: r, wrong: w, line: line.trim() });
        break;
      }
    }
  }
  return out;
}

const squash = (v: string): string => v.replace(/\s+/g, '').toLowerCase();

/**
 * Puts each corrected value in place of the one first written, wherever extraction took it (a field or the
 * organisation's code), with the correcting sentence as its evidence. A value matches when it is the wrong value
 * (spaces and case aside), or, for "not the reception one", an address that holds that word.
 */
export function applyCorrections(result: FieldResult, corrections: Correction[]): void {
  for (const c of corrections) {
    const wrong = squash(c.wrong);
    const rightIsAddress = c.right.includes('@');
    const matches = (value: string): boolean => {
      const v = squash(value);
      if (v === wrong) return true;
      return rightIsAddress && !looksLikeValue(c.wrong) && c.wrong.length >= 4 && value.includes('@') && v.split('@')[0]!.includes(wrong);
    };
    const fix = (value: unknown): string | null => (typeof value === 'string' && matches(value) ? (rightIsAddress ? c.right.toLowerCase() : c.right) : null);
    const walk = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, child] of Object.entries(node as Record<string, unknown>)) {
        const childPath = `${path}.${key}`;
        const fixed = fix(child);
        if (fixed !== null) {
          (node as Record<string, unknown>)[key] = fixed;
          result.evidence[childPath] = c.line;
        } else walk(child, childPath);
      }
    };
    walk(result.fields, 'fields');
    if (result.organisation?.odsCode) {
      const fixed = fix(result.organisation.odsCode);
      if (fixed !== null) {
        result.organisation.odsCode = fixed.toUpperCase();
        result.evidence['organisation.odsCode'] = c.line;
      }
    }
  }
}
