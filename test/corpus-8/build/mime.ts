/**
 * A tiny MIME writer for the validation corpus: just enough RFC 5322 / RFC 2045-2047 to write
 * realistic messages (encoded-word headers, quoted-printable and base64 bodies, multipart
 * alternative and mixed, attachments, forwarded messages as message/rfc822). Copied from
 * test/corpus/build/mime.ts (not shared) so this corpus stays independent of the product's mail code.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Encoding = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Attachment {
  /** File under test/corpus-8/pdfs, or inline content. */
  pdf?: string;
  /** A whole message attached as message/rfc822 (a forward "as attachment"). */
  eml?: string;
  content?: string;
  filename: string;
  contentType?: string;
}

export interface MessageSpec {
  from: string;
  to?: string;
  cc?: string;
  subject: string;
  date: string;
  messageId: string;
  text?: string;
  html?: string;
  encoding?: Encoding;
  attachments?: Attachment[];
  /** Extra header lines, written above the generated ones (e.g. Authentication-Results, Received). */
  topHeaders?: string[];
  headers?: string[];
  /** LF instead of CRLF line endings (both occur in the wild). */
  lf?: boolean;
}

const PDF_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'pdfs');

/** RFC 2047 B-encoding for a header value with non-ASCII characters. */
export function encodeWord(value: string): string {
  if (/^[\x00-\x7f]*$/.test(value)) return value;
  return `=?UTF-8?B?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/** Encodes the display name in "Name <addr>" when it is not ASCII, quoting as RFC 5322 needs. */
export function encodeAddress(addr: string): string {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(addr);
  if (!m || !m[1]) return addr;
  const name = m[1];
  if (/^[\x00-\x7f]*$/.test(name)) return /[,.;:@()]/.test(name) ? `"${name}" <${m[2]}>` : `${name} <${m[2]}>`;
  return `${encodeWord(name)} <${m[2]}>`;
}

/** Quoted-printable (RFC 2045 §6.7) with soft breaks at 76 characters. */
export function encodeQuotedPrintable(text: string): string {
  const lines = text.split('\n');
  return lines
    .map((line) => {
      let out = '';
      for (const byte of Buffer.from(line, 'utf8')) {
        const ch = String.fromCharCode(byte);
        out += byte === 0x3d || byte > 0x7e || (byte < 0x20 && byte !== 0x09) ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}` : ch;
      }
      if (/[ \t]$/.test(out)) out = out.slice(0, -1) + `=${out.charCodeAt(out.length - 1).toString(16).toUpperCase().padStart(2, '0')}`;
      const chunks: string[] = [];
      while (out.length > 75) {
        let cut = 75;
        // never split an =XX escape
        const eq = out.lastIndexOf('=', cut);
        if (eq > cut - 3) cut = eq;
        chunks.push(out.slice(0, cut) + '=');
        out = out.slice(cut);
      }
      chunks.push(out);
      return chunks.join('\n');
    })
    .join('\n');
}

function base64Lines(buf: Buffer): string {
  return (buf.toString('base64').match(/.{1,76}/g) ?? []).join('\n');
}

function encodeBody(text: string, enc: Encoding): string {
  if (enc === 'quoted-printable') return encodeQuotedPrintable(text);
  if (enc === 'base64') return base64Lines(Buffer.from(text, 'utf8'));
  return text;
}

function textPart(type: 'plain' | 'html', body: string, enc: Encoding): string {
  return [`Content-Type: text/${type}; charset="utf-8"`, `Content-Transfer-Encoding: ${enc}`, '', encodeBody(body, enc)].join('\n');
}

function attachmentPart(a: Attachment): string {
  if (a.eml !== undefined) {
    return [`Content-Type: message/rfc822; name="${a.filename}"`, `Content-Disposition: attachment; filename="${a.filename}"`, '', a.eml.replace(/\r\n/g, '\n')].join('\n');
  }
  const data = a.pdf ? readFileSync(join(PDF_DIR, a.pdf)) : Buffer.from(a.content ?? '', 'utf8');
  const type = a.contentType ?? (a.pdf ? 'application/pdf' : 'text/plain');
  return [
    `Content-Type: ${type}; name="${a.filename}"`,
    `Content-Description: ${a.filename}`,
    `Content-Disposition: attachment; filename="${a.filename}"; size=${data.length}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(data),
  ].join('\n');
}

/** Builds a deterministic boundary from the message id so regenerated files do not churn. */
function boundary(spec: MessageSpec, level: string): string {
  const seed = Buffer.from(spec.messageId + level).toString('hex').slice(0, 24);
  return `_00${level}_${seed}_`;
}

/** Writes one message as RFC 5322 text. */
export function buildMessage(spec: MessageSpec): string {
  const enc = spec.encoding ?? '7bit';
  const head: string[] = [...(spec.topHeaders ?? [])];
  head.push(`From: ${encodeAddress(spec.from)}`);
  head.push(`To: ${spec.to ?? ''}`);
  if (spec.cc) head.push(`Cc: ${spec.cc}`);
  head.push(`Subject: ${encodeWord(spec.subject)}`);
  head.push(`Date: ${spec.date}`);
  head.push(`Message-ID: ${spec.messageId}`);
  head.push(...(spec.headers ?? []));
  head.push('MIME-Version: 1.0');

  let body: string;
  let alt: string | null = null;
  if (spec.text !== undefined && spec.html !== undefined) {
    const b = boundary(spec, 'alt');
    alt = [
      `Content-Type: multipart/alternative; boundary="${b}"`,
      '',
      `--${b}`,
      textPart('plain', spec.text, enc),
      `--${b}`,
      textPart('html', spec.html, enc),
      `--${b}--`,
      '',
    ].join('\n');
  } else if (spec.html !== undefined) {
    alt = textPart('html', spec.html, enc);
  } else {
    alt = textPart('plain', spec.text ?? '', enc);
  }
  if (spec.attachments && spec.attachments.length > 0) {
    const b = boundary(spec, 'mix');
    body = [
      `Content-Type: multipart/mixed; boundary="${b}"`,
      '',
      'This is a multi-part message in MIME format.',
      '',
      `--${b}`,
      alt,
      ...spec.attachments.flatMap((a) => [`--${b}`, attachmentPart(a)]),
      `--${b}--`,
      '',
    ].join('\n');
  } else {
    body = alt;
  }
  const all = `${head.join('\n')}\n${body}${body.endsWith('\n') ? '' : '\n'}`;
  return spec.lf ? all : all.replace(/\r?\n/g, '\r\n');
}
