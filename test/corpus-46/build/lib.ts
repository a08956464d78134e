// MIME writing for corpus 46: hand-built RFC 5322 messages with CRLF line ends, deterministic boundaries.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

export type Client = 'outlook' | 'gmail' | 'iphone' | 'android' | 'plain';

export interface MailSpec {
  from: string; // "Name <addr>" or bare addr
  to?: string;
  cc?: string;
  subject: string;
  date: string; // RFC 5322 date
  messageId: string;
  text?: string; // plain body (LF line ends, converted)
  html?: string;
  attachments?: Attachment[];
  client?: Client;
  extraHeaders?: [string, string][];
  inReplyTo?: string;
  qp?: boolean; // quoted-printable text part
  raw?: string; // full pre-built body with its own Content-Type header (for reports)
  rawContentType?: string;
}

const MAILBOX_ADDR: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export const mailboxAddress = (m: Mailbox): string => MAILBOX_ADDR[m];

const crlf = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');

/** RFC 2047 encoded-word for a header value with non-ASCII characters. */
export function encodeWord(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

/** Display name + address, encoding the name if needed. */
export function addr(name: string | null, email: string): string {
  if (!name) return email;
  if (/^[\x00-\x7f]*$/.test(name)) {
    return /[,().:;@"]/.test(name) ? `"${name.replace(/"/g, '\\"')}" <${email}>` : `${name} <${email}>`;
  }
  return `${encodeWord(name)} <${email}>`;
}

function base64Lines(buf: Buffer): string {
  const b = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < b.length; i += 76) out.push(b.slice(i, i + 76));
  return out.join('\r\n');
}

/** Quoted-printable with soft line breaks at 76 characters. */
export function qpEncode(text: string): string {
  const bytes = Buffer.from(crlf(text), 'utf8');
  const lines: string[] = [];
  let line = '';
  const push = (tok: string): void => {
    if (line.length + tok.length > 75) {
      lines.push(`${line}=`);
      line = '';
    }
    line += tok;
  };
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (c === 0x0d && bytes[i + 1] === 0x0a) {
      if (line.endsWith(' ') || line.endsWith('\t')) {
        const last = line.charCodeAt(line.length - 1);
        line = `${line.slice(0, -1)}=${last.toString(16).toUpperCase().padStart(2, '0')}`;
      }
      lines.push(line);
      line = '';
      i++;
      continue;
    }
    if ((c >= 33 && c <= 126 && c !== 61) || c === 32 || c === 9) push(String.fromCharCode(c));
    else push(`=${c.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  lines.push(line);
  return lines.join('\r\n');
}

const boundaryFor = (seed: string, n: number): string =>
  `_${String(n).padStart(3, '0')}_${createHash('sha1').update(seed + n).digest('hex').slice(0, 24)}_`;

function textPart(text: string, qp: boolean): string {
  if (qp) return `Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qpEncode(text)}`;
  const ascii = /^[\x00-\x7f]*$/.test(text);
  return `Content-Type: text/plain; charset="${ascii ? 'us-ascii' : 'utf-8'}"\r\nContent-Transfer-Encoding: ${ascii ? '7bit' : '8bit'}\r\n\r\n${crlf(text)}`;
}

function htmlPart(html: string): string {
  return `Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qpEncode(html)}`;
}

function attachmentPart(a: Attachment): string {
  return (
    `Content-Type: ${a.contentType}; name="${a.filename}"\r\n` +
    `Content-Description: ${a.filename}\r\n` +
    `Content-Disposition: attachment; filename="${a.filename}"; size=${a.data.length}\r\n` +
    `Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(a.data)}`
  );
}

function multipart(type: string, boundary: string, parts: string[]): string {
  return `Content-Type: multipart/${type}; boundary="${boundary}"\r\n\r\n${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`;
}

function clientHeaders(c: Client, spec: MailSpec): string[] {
  const h: string[] = [];
  const fromAddr = /<([^>]+)>/.exec(spec.from)?.[1] ?? spec.from;
  const domain = fromAddr.split('@')[1] ?? 'nhs.net';
  h.push(`Authentication-Results: spf=pass (sender IP is 40.92.${domain.length}.${spec.messageId.length})\r\n smtp.mailfrom=${domain}; dkim=pass (signature was verified)\r\n header.d=${domain};dmarc=pass action=none\r\n header.from=${domain};compauth=pass reason=100`);
  if (c === 'outlook') {
    h.push('X-MS-Has-Attach: ' + (spec.attachments?.length ? 'yes' : ''));
    h.push('X-MS-TNEF-Correlator: ');
    h.push('Content-Language: en-GB');
    h.push('X-Mailer: Microsoft Outlook 16.0');
  } else if (c === 'gmail') {
    h.push('X-Google-Smtp-Source: AGHT+IH' + createHash('md5').update(spec.messageId).digest('hex').slice(0, 20));
  } else if (c === 'iphone') {
    h.push('X-Mailer: iPhone Mail (21F90)');
  } else if (c === 'android') {
    h.push('X-Mailer: Outlook for Android');
    h.push('Content-Language: en-GB');
  }
  return h;
}

/** The whole message as RFC 5322 text with CRLF line ends. */
export function buildMessage(mailbox: Mailbox, spec: MailSpec): string {
  const headers: string[] = [];
  const client = spec.client ?? 'outlook';
  headers.push(...clientHeaders(client, spec));
  headers.push(`From: ${spec.from}`);
  headers.push(`To: ${spec.to ?? mailboxAddress(mailbox)}`);
  if (spec.cc) headers.push(`Cc: ${spec.cc}`);
  headers.push(`Subject: ${encodeWord(spec.subject)}`);
  headers.push(`Date: ${spec.date}`);
  headers.push(`Message-ID: ${spec.messageId}`);
  if (spec.inReplyTo) {
    headers.push(`In-Reply-To: ${spec.inReplyTo}`);
    headers.push(`References: ${spec.inReplyTo}`);
  }
  for (const [k, v] of spec.extraHeaders ?? []) headers.push(`${k}: ${v}`);
  headers.push('MIME-Version: 1.0');

  let body: string;
  if (spec.raw !== undefined) {
    body = spec.raw;
  } else {
    let main: string;
    if (spec.text !== undefined && spec.html !== undefined) {
      main = multipart('alternative', boundaryFor(spec.messageId, 1), [textPart(spec.text, spec.qp ?? true), htmlPart(spec.html)]);
    } else if (spec.html !== undefined) {
      main = htmlPart(spec.html);
    } else {
      main = textPart(spec.text ?? '', spec.qp ?? false);
    }
    if (spec.attachments?.length) {
      body = multipart('mixed', boundaryFor(spec.messageId, 0), [main, ...spec.attachments.map(attachmentPart)]);
    } else {
      body = main;
    }
  }
  // body begins with its Content-Type header(s)
  return `${headers.join('\r\n')}\r\n${body.endsWith('\r\n') ? body : `${body}\r\n`}`;
}

export { crlf, base64Lines, boundaryFor };

/** NHSmail footer appended to many Outlook messages. */
export const NHSMAIL_FOOTER = `

********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

/** Simple escaping for HTML bodies. */
export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
