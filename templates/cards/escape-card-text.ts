import { INVISIBLE_CHARACTERS } from '../../core/domain/people.js';

/**
 * Makes text taken from an email safe to put in an Adaptive Card TextBlock. Card TextBlocks render a
 * Markdown subset and Teams turns URLs and email addresses into links, so a practice (or an attacker
 * writing as one) could otherwise put a link, bold text or a fake heading in front of the approver.
 *
 * What it does, in order:
 * - drops invisible characters (controls, bidirectional overrides and isolates, zero-width: "Trojan Source" text);
 * - folds all whitespace runs, line breaks included, into one space (no Markdown lists or headings);
 * - truncates to `maxLength` characters with an ellipsis (very long lines cannot push the buttons away);
 * - backslash-escapes every CommonMark punctuation character that can start markup (CommonMark 0.31 §2.4);
 * - defangs what a linkifier would match: `.` between two word characters becomes U+2024 (one dot leader,
 *   which looks like a full stop but is not a host separator) and `:` before `//` gets a word joiner.
 *
 * The result reads the same to a person and contains no link, mention or markup for a machine.
 */
export function escapeCardText(text: string | null | undefined, maxLength = 300): string {
  let out = plainCardText(text, maxLength);
  out = out.replace(/[\\`*_{}[\]()<>#+\-!|~=]/g, (c) => `\\${c}`);
  out = out.replace(/(?<=[\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu, '\u2024');
  out = out.replace(/:(?=\/\/)/g, ':\u2060');
  out = out.replace(/\b(mailto|tel|sip|callto|file|javascript|data):/gi, '$1\u2060:');
  return out;
}

/** Escapes a short label (an enum value or a code we produced ourselves) with the same rules. */
export function escapeCardLabel(text: string | null | undefined): string {
  return escapeCardText(text, 120);
}

/**
 * Text taken from an email for a `TextRun` (inside a `RichTextBlock`), which Teams renders as plain text: no
 * Markdown, no link, mention or image. So nothing is backslash-escaped and dots stay dots, and what staff copy
 * from the card is exactly the value (an address pasted into PCSE Online must be the real one). Control and
 * bidirectional-override characters are still dropped, whitespace folded and the length bounded.
 */
export function plainCardText(text: string | null | undefined, maxLength = 300): string {
  if (text === null || text === undefined) return '';
  let out = text.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
  if (out.length > maxLength) out = `${out.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…`;
  return out;
}
