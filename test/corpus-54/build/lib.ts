// MIME writing for corpus 54 (writer AX): hand-built RFC 5322 messages with CRLF line ends, fixed dates and ids.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Mulberry32: a small seeded PRNG so scans and boundaries are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded word for a header value that is not plain ASCII. */
export function encWord(s: string): string {
  return isAscii(s) ? s : `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

/** A mailbox for a From/To header: `"Name" <addr>` with the name encoded when needed. */
export function mailbox(name: string | null, email: string): string {
  if (!name) return `<${email}>`;
  if (!isAscii(name)) return `${encWord(name)} <${email}>`;
  return /[,.()<>@;:"]/.test(name) ? `"${name.replace(/"/g, '\\"')}" <${email}>` : `${name} <${email}>`;
}

/** Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, soft breaks under 76 characters. */
export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  return lines.map((line) => {
    const bytes = Buffer.from(line, 'utf8');
    let out = '';
    let cur = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      let tok: string;
      if ((b >= 33 && b <= 126 && b !== 61) || (b === 32 && !last)) tok = String.fromCharCode(b);
      else tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (cur.length + tok.length > 75) { out += `${cur}=\r\n`; cur = ''; }
      cur += tok;
    }
    return out + cur;
  }).join('\r\n');
}

const b64lines = (buf: Uint8Array) => (Buffer.from(buf).toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');

export interface Attachment { filename: string; data: Uint8Array; type?: string }

export interface Message {
  from: { name: string | null; email: string };
  to: string;
  cc?: string;
  subject: string;
  date: string;
  messageId: string;
  body: string;
  html?: string;
  attachments?: Attachment[];
  headers?: string[];
  inReplyTo?: string;
  /** the client whose header set is imitated */
  client?: 'outlook' | 'iphone' | 'gmail' | 'system';
}

/** Writes the message as RFC 5322 text with CRLF line ends. */
export function renderEml(m: Message, seed: number): string {
  const r = prng(seed);
  const bnd = (p: string) => `${p}_${Math.floor(r() * 1e12).toString(16)}${Math.floor(r() * 1e12).toString(16)}`;
  const h: string[] = [];
  if (m.from.email.endsWith('@nhs.net')) {
    h.push('Authentication-Results: spf=pass (sender IP is 40.92.13.44)', ' smtp.mailfrom=nhs.net; dkim=pass (signature was verified)', ' header.d=nhs.net;dmarc=pass action=none header.from=nhs.net;compauth=pass reason=100');
  }
  h.push(...(m.headers ?? []));
  h.push(`From: ${mailbox(m.from.name, m.from.email)}`, `To: ${m.to}`);
  if (m.cc) h.push(`Cc: ${m.cc}`);
  h.push(`Subject: ${encWord(m.subject)}`, `Date: ${m.date}`, `Message-ID: ${m.messageId}`);
  if (m.inReplyTo) h.push(`In-Reply-To: ${m.inReplyTo}`, `References: ${m.inReplyTo}`);
  if (m.client === 'outlook' || m.client === undefined) h.push('X-MS-Has-Attach: ' + (m.attachments?.length ? 'yes' : ''), 'Content-Language: en-GB');
  if (m.client === 'iphone') h.push('X-Mailer: iPhone Mail (21G93)');
  h.push('MIME-Version: 1.0');
  const textPart = ['Content-Type: text/plain; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', qp(m.body)];
  let bodyPart: string[];
  if (m.html) {
    const b = bnd('alt');
    bodyPart = [`Content-Type: multipart/alternative; boundary="${b}"`, '', `--${b}`, ...textPart, `--${b}`,
      'Content-Type: text/html; charset="utf-8"', 'Content-Transfer-Encoding: quoted-printable', '', qp(m.html), `--${b}--`];
  } else bodyPart = textPart;
  const atts = m.attachments ?? [];
  if (!atts.length) return [...h, ...bodyPart, ''].join('\r\n');
  const b = bnd('mix');
  const out = [...h, `Content-Type: multipart/mixed; boundary="${b}"`, '', 'This is a multi-part message in MIME format.', '', `--${b}`, ...bodyPart];
  for (const a of atts) {
    const name = encWord(a.filename);
    out.push(`--${b}`, `Content-Type: ${a.type ?? 'application/pdf'}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"; size=${a.data.length}`,
      'Content-Transfer-Encoding: base64', '', b64lines(a.data));
  }
  out.push(`--${b}--`, '');
  return out.join('\r\n');
}

export function writeFile(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
}
