import { createHash } from 'node:crypto';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { decodeHTML } from 'entities';
import { convertHtmlToText } from './html-to-text.js';
import { parseFromHeaders, type ParsedFrom } from './parse-from.js';

/** One attachment as the ingest worker stores it. */
export interface ExtractedAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

/** A header line as it appeared, in order (top first), so position-sensitive checks can trust it. */
export interface HeaderLine {
  key: string;
  value: string;
}

/** What the rest of extraction needs from the MIME structure. */
export interface ParsedMime {
  headerLines: HeaderLine[];
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  subject: string | null;
  from: { name: string | null; email: string | null };
  fromCount: number;
  /** The people the Cc header names (an approver may be only copied in), at most 20. */
  cc: { name: string | null; email: string | null }[];
  /** The From header as RFC 5322 reads it: why it names no single author, or shows another address. */
  fromCheck: Pick<ParsedFrom, 'invalid' | 'deceptive'>;
  date: Date | null;
  contentType: string | null;
  /** The best plain-text body: the text part, or the HTML part converted with table rows kept. */
  text: string;
  attachments: ExtractedAttachment[];
  /**
   * Messages attached whole (message/rfc822: Outlook's "forward as attachment"), one level deep: their sender,
   * subject, text and attachments (the form a forwarded request carries).
   */
  attachedMessages: AttachedMessage[];
  /** Why parsing fell short, or null. */
  error: string | null;
}

/** A message attached to the email as message/rfc822. */
export interface AttachedMessage {
  from: { name: string | null; email: string | null };
  subject: string | null;
  text: string;
  attachments: ExtractedAttachment[];
}

const MAX_RAW_BYTES = 40 * 1024 * 1024;

/** How many attached messages are opened: a forward carries one; a hostile email may carry hundreds. */
const MAX_ATTACHED_MESSAGES = 3;

const PARSE_OPTIONS = {
  skipImageLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
  // We convert HTML ourselves (html-to-text.ts) so table rows stay one "Label: value" line each.
  skipHtmlToText: true,
  maxHtmlLengthToParse: 2_000_000,
} as const;

/**
 * Parses one raw email with mailparser. Never throws: a message mailparser cannot read gives an
 * empty body and `error` set, and the headers we could still split off the top.
 */
export async function parseMime(raw: Buffer): Promise<ParsedMime> {
  let error: string | null = null;
  let input = raw;
  if (input.length > MAX_RAW_BYTES) {
    input = input.subarray(0, MAX_RAW_BYTES);
    error = 'message_too_large: truncated before parsing';
  }
  let mail: ParsedMail | null = null;
  try {
    mail = await simpleParser(input, PARSE_OPTIONS);
  } catch (e) {
    error = `mime_unreadable: ${(e as Error).message ?? 'unknown'}`.slice(0, 200);
  }
  const headerLines = mail ? readHeaderLines(mail) : splitRawHeaders(input);
  const header = (name: string): string | null => headerLines.find((h) => h.key === name)?.value ?? null;
  const fromLines = headerLines.filter((h) => h.key === 'from');
  const fromParsed = parseFromHeaders(fromLines.map((h) => h.value), mail?.from ? firstAddress(mail.from) : parseAddressLoose(header('from')));
  const from = { name: fromParsed.name, email: fromParsed.email };
  const text = mail ? bestText(mail) : '';
  const attachments = mail ? extractAttachments(mail) : [];
  const attachedMessages = await readAttachedMessages(attachments);
  const refs = mail?.references;
  return {
    headerLines,
    messageId: mail?.messageId ?? header('message-id'),
    inReplyTo: mail?.inReplyTo ?? header('in-reply-to'),
    references: trimReferences(Array.isArray(refs) ? refs : refs ? [refs] : []),
    subject: mail?.subject ?? header('subject'),
    from,
    fromCount: fromLines.length,
    cc: (Array.isArray(mail?.cc) ? mail.cc : mail?.cc ? [mail.cc] : []).flatMap((a) => a.value).slice(0, 20).map((a) => ({ name: a.name || null, email: a.address ? a.address.toLowerCase() : null })),
    fromCheck: { invalid: fromParsed.invalid, deceptive: fromParsed.deceptive },
    date: mail?.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    contentType: (header('content-type') ?? '').toLowerCase() || null,
    text: text.replace(/\r\n?/g, '\n'),
    attachments,
    attachedMessages,
    error,
  };
}

function bestText(mail: ParsedMail): string {
  const plain = typeof mail.text === 'string' ? mail.text : '';
  const html = typeof mail.html === 'string' ? mail.html : '';
  if (!plain.trim()) return html ? convertHtmlToText(html) : '';
  return withoutMailtoTargets(html && plainFlattenedATable(plain, html) ? convertHtmlToText(html) : plain);
}

/**
 * Outlook's plain-text alternative writes a link's target after its text: "jo.bloggs@nhs.net<mailto:jo.bloggs@nhs.net>",
 * "Jo Bloggs<mailto:jo.bloggs@nhs.net>". The address said twice is said once; a name keeps its address, spaced as a
 * display name would be, so neither is read as part of the other.
 */
export function withoutMailtoTargets(text: string): string {
  if (!text.includes('mailto:')) return text;
  return text.replace(/([^\s<>]*)[ \t]?<mailto:([^>\s?]+)(?:\?[^>\s]*)?>/gi, (_, before: string, target: string) =>
    before.toLowerCase() === target.toLowerCase() ? before : `${before} <${target}>`.trimStart());
}

/**
 * Some clients write the plain-text alternative of an HTML table by running its cells together ("NameEmailRole",
 * "Janet Hilditchjanet.hilditch@nhs.net"), or by dropping its values: the rows and columns the reader needs are gone
 * there, and only the HTML still has them. Some leave the table out altogether.
 */
function plainFlattenedATable(plain: string, html: string): boolean {
  if (!/<table\b/i.test(html)) return false;
  const folded = plain.replace(/\s+/g, ' ');
  // Or one cell a line, row after row ("Practice name" / "Orchard House Dental" / "Ledbury Road Dental Surgery").
  const lines = `\n${plain.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n')}\n`;
  let rowsOneCellALine = 0;
  let valuesLost = 0;
  let cellsSeen = 0;
  let cellsMissing = 0;
  for (const row of html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr\s*>/gi)) {
    const cells = [...(row[1] ?? '').matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]\s*>/gi)].map((c) => decodeHTML((c[1] ?? '').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim());
    for (let i = 0; i + 1 < cells.length; i++) {
      const [left, right] = [cells[i] ?? '', cells[i + 1] ?? ''];
      if (left.length >= 2 && right.length >= 2 && folded.includes(`${left}${right}`)) return true;
    }
    const filled = cells.filter(Boolean);
    if (filled.length >= 3 && lines.includes(`\n${filled.join('\n')}\n`)) rowsOneCellALine++;
    // Or the labels kept and the values lost ("Name" / "Email" / "Job at the practice", nothing beside them).
    const [label, value] = [cells[0] ?? '', cells[1] ?? ''];
    if (cells.length === 2 && label.length >= 2 && value.length >= 2 && lines.includes(`\n${label}\n`) && !folded.includes(value)) valuesLost++;
    // Or the whole table left out ("(see table)").
    for (const cell of filled.filter((c) => c.length >= 3)) {
      cellsSeen++;
      if (!folded.includes(cell)) cellsMissing++;
    }
  }
  return rowsOneCellALine >= 2 || valuesLost >= 2 || (cellsMissing >= 4 && cellsMissing * 2 >= cellsSeen);
}

function extractAttachments(mail: ParsedMail): ExtractedAttachment[] {
  return (mail.attachments ?? []).map((a) => {
    const content = Buffer.isBuffer(a.content) ? a.content : Buffer.from([]);
    return {
      filename: a.filename ?? null,
      contentType: (a.contentType || 'application/octet-stream').toLowerCase(),
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      content,
    };
  });
}

/** Opens message/rfc822 attachments (not their own attached messages); one that cannot be parsed is skipped. */
async function readAttachedMessages(attachments: ExtractedAttachment[]): Promise<AttachedMessage[]> {
  const out: AttachedMessage[] = [];
  for (const a of attachments.filter((x) => x.contentType === 'message/rfc822').slice(0, MAX_ATTACHED_MESSAGES)) {
    try {
      const inner = await simpleParser(a.content, PARSE_OPTIONS);
      out.push({
        from: inner.from ? firstAddress(inner.from) : { name: null, email: null },
        subject: inner.subject ?? null,
        text: bestText(inner).replace(/\r\n?/g, '\n'),
        attachments: extractAttachments(inner),
      });
    } catch {
      // An unreadable attached message is still listed as an attachment; its content is not guessed at.
    }
  }
  return out;
}

function readHeaderLines(mail: ParsedMail): HeaderLine[] {
  return (mail.headerLines ?? []).map((h) => ({
    key: h.key.toLowerCase(),
    value: h.line.slice(h.line.indexOf(':') + 1).replace(/\r?\n[ \t]+/g, ' ').trim(),
  }));
}

/** Falls back to splitting the header block by hand when mailparser gave up. */
function splitRawHeaders(raw: Buffer): HeaderLine[] {
  const head = raw.subarray(0, 256 * 1024).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const block = end >= 0 ? head.slice(0, end) : head;
  const lines: HeaderLine[] = [];
  for (const l of block.split(/\r?\n(?![ \t])/)) {
    const i = l.indexOf(':');
    if (i > 0) lines.push({ key: l.slice(0, i).trim().toLowerCase(), value: l.slice(i + 1).replace(/\r?\n[ \t]+/g, ' ').trim() });
  }
  return lines;
}

function firstAddress(a: AddressObject | AddressObject[]): { name: string | null; email: string | null } {
  const obj = Array.isArray(a) ? a[0] : a;
  const v = obj?.value?.[0];
  if (!v) return { name: null, email: null };
  return { name: v.name?.trim() || null, email: v.address ? v.address.trim().toLowerCase() : null };
}

function parseAddressLoose(v: string | null): { name: string | null; email: string | null } {
  if (!v) return { name: null, email: null };
  const m = /<([^>]+)>/.exec(v) ?? /([^\s<>"]+@[^\s<>"]+)/.exec(v);
  const email = m?.[1]?.trim().toLowerCase() ?? null;
  const name = v.replace(/<[^>]*>/, '').replace(/"/g, '').trim() || null;
  return { name: name && name !== email ? name : null, email };
}

/** How many References a case keeps: a thread is found by its root or its latest messages. */
const MAX_REFERENCES = 50;

/**
 * The thread's root and its latest messages, as RFC 5322 §3.6.4 lets a long References be trimmed: a hostile
 * header of 25,000 ids would otherwise ride on the case and into the store's thread lookup.
 */
function trimReferences(refs: string[]): string[] {
  const unique = [...new Set(refs.filter((r) => typeof r === 'string' && r.length > 0 && r.length <= 998))];
  if (unique.length <= MAX_REFERENCES) return unique;
  return [unique[0] as string, ...unique.slice(-(MAX_REFERENCES - 1))];
}
