/**
 * Small emails written inside a test, for the extractor's unit tests: headers and a body, MIME parts (HTML beside
 * plain text, a PDF, an attached message), parsed by the real extractCase.
 */
import type { Mailbox, ParsedCase } from '../../core/domain/case.js';
import { extractCase } from '../../ingest/extract/index.js';

export type Headers = Record<string, string>;

/** One RFC 5322 message with CRLF line ends; `body` is the whole body (a MIME multipart when `contentType` says so). */
export function composeEmail(headers: Headers, body: string, contentType = 'text/plain; charset="utf-8"'): Buffer {
  const head = Object.entries({ 'Message-ID': `<t-${Math.random().toString(36).slice(2)}@example.nhs.net>`, Date: 'Mon, 01 Mar 2027 09:00:00 +0000', ...headers, 'MIME-Version': '1.0', 'Content-Type': contentType })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`, 'utf8');
}

/** A multipart body of the given parts (each its own headers and content), closed. */
export function multipart(kind: 'mixed' | 'alternative', parts: { headers: Headers; content: string }[]): { body: string; contentType: string } {
  const boundary = `b-${kind}-${Math.random().toString(36).slice(2)}`;
  const body = parts.map((p) => `--${boundary}\r\n${Object.entries(p.headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${p.content}\r\n`).join('') + `--${boundary}--\r\n`;
  return { body, contentType: `multipart/${kind}; boundary="${boundary}"` };
}

/** A PDF attachment part, base64 as mail clients send it. */
export function pdfPart(pdf: Buffer, filename: string): { headers: Headers; content: string } {
  return {
    headers: { 'Content-Type': `application/pdf; name="${filename}"`, 'Content-Disposition': `attachment; filename="${filename}"`, 'Content-Transfer-Encoding': 'base64' },
    content: pdf.toString('base64').replace(/.{76}/g, '$&\r\n'),
  };
}

export async function parseRaw(mailbox: Mailbox, raw: Buffer): Promise<ParsedCase> {
  return extractCase(raw, { mailbox, receivedAt: new Date('2027-03-01T09:00:00Z') });
}

export async function parseEmail(mailbox: Mailbox, headers: Headers, body: string, contentType?: string): Promise<ParsedCase> {
  return parseRaw(mailbox, composeEmail(headers, body, contentType));
}

/** An email from `sender` ([name, address]) to the mailbox, `text` with `pdf` attached as form.pdf, parsed. */
export async function parseEmailWithPdf(mailbox: Mailbox, sender: [string, string], subject: string, text: string, pdf: Buffer): Promise<ParsedCase> {
  const { body, contentType } = multipart('mixed', [{ headers: { 'Content-Type': 'text/plain; charset="utf-8"' }, content: text }, pdfPart(pdf, 'form.pdf')]);
  return parseRaw(mailbox, composeEmail({ From: `${sender[0]} <${sender[1]}>`, To: `pcse.${mailbox}@nhs.net`, Subject: subject }, body, contentType));
}

/** A case's fields, typed loosely for assertions on nested people and practices. */
export const fieldsOf = (c: ParsedCase): Record<string, Record<string, unknown>> => c.fields as Record<string, Record<string, unknown>>;
