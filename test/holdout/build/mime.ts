/**
 * A tiny RFC 5322 / RFC 2045 writer for the held-out corpus: just enough MIME to write the
 * shapes practices send (plain, HTML-only, alternative, mixed with PDFs, DSN reports).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Encoding = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export interface Attachment {
  filename: string;
  /** File under test/holdout/pdfs. */
  pdf: string;
}

export interface Expected {
  mailbox: 'portalenquiries' | 'datamanager' | 'openexeter';
  kind: string;
  ignored: null | 'auto_reply' | 'bounce';
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Mail {
  /** NNN-slug, without extension. */
  name: string;
  from: string;
  to: string;
  cc?: string;
  subject: string;
  date: string;
  messageId: string;
  /** Authentication-Results block stamped by the receiving boundary (topmost), or null for none. */
  auth: string | null;
  headers?: string[];
  text?: string;
  html?: string;
  /** Transfer encoding for text parts (default: 7bit if ASCII, else quoted-printable). */
  encoding?: Encoding;
  attachments?: Attachment[];
  /** A complete body (with its own Content-Type header lines first), for reports. */
  rawBody?: { contentType: string; body: string };
  expected: Omit<Expected, 'mailbox'>;
}

const PDF_DIR = join(import.meta.dirname, '..', 'pdfs');

/** NHSmail's Exchange Online boundary stamp, written without authserv-id. */
export function authPass(domain: string, ip = '52.101.73.14'): string {
  return `Authentication-Results: spf=pass (sender IP is ${ip})\r\n smtp.mailfrom=${domain}; dkim=pass (signature was verified)\r\n header.d=${domain};dmarc=pass action=none header.from=${domain};compauth=pass\r\n reason=100`;
}

/** RFC 2047 B-encoding for a header phrase that is not ASCII. */
export function phrase(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return /[",.()<>@:;[\]]/.test(s) ? `"${s.replace(/"/g, '\\"')}"` : s;
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

export function addr(name: string, email: string): string {
  return `${phrase(name)} <${email}>`;
}

function isAscii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}

/** RFC 2045 §6.7 quoted-printable, soft line breaks at 76. */
export function encodeQp(s: string): string {
  const lines = s.replace(/\r\n/g, '\n').split('\n');
  return lines
    .map((line) => {
      let out = '';
      const bytes = Buffer.from(line, 'utf8');
      let cur = '';
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i]!;
        const last = i === bytes.length - 1;
        let tok: string;
        if ((b === 0x20 || b === 0x09) && last) tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        else if ((b >= 33 && b <= 126 && b !== 61) || b === 0x20 || b === 0x09) tok = String.fromCharCode(b);
        else tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
        if (cur.length + tok.length > 75) {
          out += `${cur}=\r\n`;
          cur = '';
        }
        cur += tok;
      }
      return out + cur;
    })
    .join('\r\n');
}

function b64(buf: Buffer): string {
  return (buf.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function encodeBody(s: string, enc: Encoding): string {
  if (enc === 'quoted-printable') return encodeQp(s);
  if (enc === 'base64') return b64(Buffer.from(s, 'utf8'));
  return s.replace(/\r?\n/g, '\r\n');
}

function textPart(type: 'plain' | 'html', s: string, enc: Encoding | undefined): string {
  const e: Encoding = enc ?? (isAscii(s) && !s.split('\n').some((l) => l.length > 900) ? '7bit' : 'quoted-printable');
  return `Content-Type: text/${type}; charset="utf-8"\r\nContent-Transfer-Encoding: ${e}\r\n\r\n${encodeBody(s, e)}\r\n`;
}

/** Renders the whole message as CRLF text. */
export function renderMail(m: Mail, mailboxAddress: string): string {
  const h: string[] = [];
  if (m.auth) h.push(m.auth);
  h.push(`Received: from mail.holdout.invalid by ${mailboxAddress.split('@')[1] === 'nhs.net' ? 'AM0PR01MB1234.eurprd01.prod.exchangelabs.com' : 'mx.invalid'}\r\n with HTTPS; ${m.date}`);
  h.push(...(m.headers ?? []));
  h.push(`From: ${m.from}`, `To: ${m.to}`);
  if (m.cc) h.push(`Cc: ${m.cc}`);
  h.push(`Subject: ${isAscii(m.subject) ? m.subject : phrase(m.subject)}`, `Date: ${m.date}`, `Message-ID: ${m.messageId}`, 'MIME-Version: 1.0');
  const boundary = (tag: string): string => `----=_Part_${tag}_${Buffer.from(m.name).toString('hex').slice(0, 16)}`;

  let body: string;
  if (m.rawBody) {
    h.push(`Content-Type: ${m.rawBody.contentType}`);
    body = m.rawBody.body.replace(/\r?\n/g, '\r\n');
  } else {
    let content: { type: string; body: string };
    if (m.text !== undefined && m.html !== undefined) {
      const b = boundary('alt');
      content = {
        type: `multipart/alternative; boundary="${b}"`,
        body: `--${b}\r\n${textPart('plain', m.text, m.encoding)}--${b}\r\n${textPart('html', m.html, m.encoding)}--${b}--\r\n`,
      };
    } else if (m.html !== undefined) {
      const part = textPart('html', m.html, m.encoding);
      const [head, ...rest] = part.split('\r\n\r\n');
      content = { type: head!.replace(/^Content-Type: /, ''), body: rest.join('\r\n\r\n') };
    } else {
      const part = textPart('plain', m.text ?? '', m.encoding);
      const [head, ...rest] = part.split('\r\n\r\n');
      content = { type: head!.replace(/^Content-Type: /, ''), body: rest.join('\r\n\r\n') };
    }
    if (m.attachments?.length) {
      const b = boundary('mix');
      h.push(`Content-Type: multipart/mixed; boundary="${b}"`);
      body = `--${b}\r\nContent-Type: ${content.type}\r\n\r\n${content.body}`;
      for (const a of m.attachments) {
        const data = readFileSync(join(PDF_DIR, a.pdf));
        body += `\r\n--${b}\r\nContent-Type: application/pdf; name="${a.filename}"\r\nContent-Disposition: attachment; filename="${a.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(data)}\r\n`;
      }
      body += `--${b}--\r\n`;
    } else {
      const [ct, cte] = content.type.split('\r\n');
      h.push(`Content-Type: ${ct}`);
      if (cte) h.push(cte);
      body = content.body;
    }
  }
  return `${h.join('\r\n')}\r\n\r\n${body}`;
}
