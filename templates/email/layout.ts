import { ADDRESS_LIKE, INVISIBLE_CHARACTERS } from '../../core/domain/people.js';

/**
 * The shared shape of our replies: a subject carrying the case reference, then blocks rendered
 * once as plain text and once as HTML. Every value is escaped here, in one place, so no template
 * can forget to escape text that came from an email.
 */

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'rows'; rows: { label: string; value: string }[] };

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export const SIGN_OFF = 'Primary Care Support England';

/** Escapes the five HTML-significant characters (HTML Living Standard, "escaping a string"). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** `[PCSE-2026-000123] <topic>`: the reference first, where mail clients keep it on reply. */
export function formatSubject(caseRef: string, topic: string): string {
  return `[${caseRef}] ${oneLine(topic)}`;
}

/**
 * Removes line breaks (a subject with CR/LF could inject headers, RFC 5322 §2.2) and invisible characters (a bidi
 * override from an email's name would reorder what the practice reads in our reply).
 */
export function oneLine(value: string): string {
  return value.replace(INVISIBLE_CHARACTERS, ' ').replace(/[\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "Dear <name>," with no address, domain, control or bidi character from an email in the name (the case's names are
 * neutralised when read; this holds for any model); "Hello," when nothing of a name is left.
 */
export function greeting(name: string | null): string {
  const safe = name ? oneLine(name.replace(ADDRESS_LIKE, ' ').replace(/[<([{]\s*[>)\]}]/g, ' ')) : '';
  return /\p{L}/u.test(safe) ? `Dear ${safe},` : 'Hello,';
}

/** Renders the blocks with greeting and sign-off into text and HTML. */
export function renderLayout(input: { subject: string; recipientName: string | null; blocks: Block[] }): RenderedEmail {
  const blocks: Block[] = [
    { kind: 'p', text: greeting(input.recipientName) },
    ...input.blocks,
    { kind: 'p', text: `Kind regards,\n${SIGN_OFF}` },
  ];
  const text = blocks.map(renderTextBlock).join('\n\n') + '\n';
  const body = blocks.map(renderHtmlBlock).join('\n');
  const html = `<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(input.subject)}</title></head>\n<body style="font-family: Arial, sans-serif; font-size: 15px; color: #212b32;">\n${body}\n</body></html>\n`;
  return { subject: input.subject, text, html };
}

function renderTextBlock(block: Block): string {
  switch (block.kind) {
    case 'p':
      return block.text;
    case 'list':
      return block.items.map((i) => `- ${oneLine(i)}`).join('\n');
    case 'rows':
      return block.rows.map((r) => `${r.label}: ${oneLine(r.value)}`).join('\n');
  }
}

function renderHtmlBlock(block: Block): string {
  switch (block.kind) {
    case 'p':
      return `<p>${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`;
    case 'list':
      return `<ul>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>`;
    case 'rows':
      return `<table role="presentation">${block.rows
        .map((r) => `<tr><th align="left" style="padding-right: 12px;">${escapeHtml(r.label)}</th><td>${escapeHtml(r.value)}</td></tr>`)
        .join('')}</table>`;
  }
}

/** "Riverside Surgery (A81001)", "A81001", or "your organisation". */
export function describeOrganisation(name: string | null, odsCode: string | null): string {
  if (name && odsCode) return `${oneLine(name)} (${odsCode})`;
  return name ? oneLine(name) : odsCode ?? 'your organisation';
}
