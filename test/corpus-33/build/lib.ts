// MIME building by hand: deterministic boundaries, fixed dates and Message-IDs, CRLF line ends.
import { createHash } from 'node:crypto';

export interface Person {
  name: string;
  email: string;
}

export interface Attachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export type Client = 'outlook' | 'outlook-mobile' | 'gmail' | 'iphone' | 'system';

export interface Expected {
  mailbox: 'portalenquiries' | 'datamanager' | 'openexeter';
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Mail {
  slug: string;
  mailbox: Expected['mailbox'];
  client: Client;
  from: Person;
  to?: string;
  cc?: string[];
  subject: string;
  date: string; // RFC 5322 date
  text: string;
  html?: string | true; // true: derive a simple Outlook-style HTML part from the text
  attachments?: Attachment[];
  headers?: [string, string][];
  inReplyTo?: string;
  /** a complete, hand-built body (for delivery reports): replaces text/html/attachments */
  rawBody?: { contentType: string; body: string };
  expected: Omit<Expected, 'mailbox'>;
}

export const MAILBOX_ADDR: Record<Expected['mailbox'], string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

const hex = (s: string, n: number) => createHash('sha256').update(s).digest('hex').slice(0, n);

export function messageId(m: Pick<Mail, 'slug' | 'client' | 'from'>): string {
  const h = hex(m.slug, 32).toUpperCase();
  switch (m.client) {
    case 'gmail':
      return `<CAF${hex(m.slug + 'g', 8)}+${hex(m.slug + 'x', 14)}-${hex(m.slug + 'y', 10)}@mail.gmail.com>`;
    case 'iphone':
      return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@nhs.net>`;
    case 'system':
      return `<${hex(m.slug, 24)}.${hex(m.slug + 's', 6)}@${m.from.email.split('@')[1]}>`;
    default:
      return `<LO${h.slice(0, 1)}P265MB${h.slice(1, 5)}${h.slice(5, 31)}@LO${h.slice(0, 1)}P265MB${h.slice(1, 5)}.GBRP265.PROD.OUTLOOK.COM>`;
  }
}

/** RFC 2047 encoded-word when the text is not plain ASCII. */
export function encodeWord(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  return `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

export function addr(p: Person): string {
  const plain = /^[\x20-\x7e]*$/.test(p.name);
  if (!p.name) return p.email;
  if (!plain) return `${encodeWord(p.name)} <${p.email}>`;
  const needsQuote = /[,.()<>@:;"[\]]/.test(p.name);
  return `${needsQuote ? `"${p.name.replace(/"/g, '\\"')}"` : p.name} <${p.email}>`;
}

/** Quoted-printable with soft line breaks at 76, CRLF line ends. */
export function qp(text: string): string {
  const bytes = Buffer.from(text.replace(/\r?\n/g, '\n'), 'utf8');
  const lines: string[] = [];
  let line = '';
  const flush = (soft: boolean) => {
    lines.push(soft ? `${line}=` : line);
    line = '';
  };
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) {
      // encode trailing whitespace
      if (line.endsWith(' ')) line = `${line.slice(0, -1)}=20`;
      flush(false);
      continue;
    }
    let tok: string;
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32) tok = String.fromCharCode(b);
    else tok = `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + tok.length > 75) flush(true);
    line += tok;
  }
  if (line.endsWith(' ')) line = `${line.slice(0, -1)}=20`;
  lines.push(line);
  return lines.join('\r\n');
}

export function b64(buf: Buffer): string {
  return buf.toString('base64').replace(/(.{76})/g, '$1\r\n').replace(/\r\n$/, '');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function outlookHtml(text: string): string {
  const paras = text.replace(/\r?\n/g, '\n').split('\n');
  const body = paras
    .map((l) => (l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${esc(l)}<o:p></o:p></p>`))
    .join('\r\n');
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\r\n<style><!--\r\np.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0cm;\r\n\tfont-size:11.0pt;\r\n\tfont-family:"Calibri",sans-serif;}\r\n--></style>\r\n</head>\r\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\r\n<div class="WordSection1">\r\n${body}\r\n</div>\r\n</body>\r\n</html>`;
}

export const NHSMAIL_FOOTER = `

********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

function clientHeaders(m: Mail, id: string): string[] {
  const domain = m.from.email.split('@')[1] ?? 'nhs.net';
  const auth = [
    `Authentication-Results: spf=pass (sender IP is 40.92.${parseInt(hex(m.slug, 2), 16) % 250}.${parseInt(hex(m.slug + 'i', 2), 16) % 250})`,
    ` smtp.mailfrom=${domain}; dkim=pass (signature was verified)`,
    ` header.d=${domain};dmarc=pass action=none`,
    ` header.from=${domain};compauth=pass reason=100`,
  ];
  const recv = `Received: from ${id.slice(1, 24)} by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${m.date}`;
  switch (m.client) {
    case 'gmail':
      return [
        ...auth,
        `Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [209.85.128.52]) by mx.nhs.net; ${m.date}`,
        `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=${domain}; s=20230601; h=to:subject:message-id:date:from:mime-version; bh=${Buffer.from(hex(m.slug + 'bh', 32)).toString('base64').slice(0, 43)}=; b=${Buffer.from(hex(m.slug + 'b', 64)).toString('base64')}`,
      ];
    case 'iphone':
      return [...auth, recv, 'X-Mailer: iPhone Mail (22B91)'];
    case 'outlook-mobile':
      return [...auth, recv, 'X-MS-Has-Attach: ', 'X-MS-TNEF-Correlator: '];
    case 'system':
      return [...auth, recv];
    default:
      return [...auth, recv, 'X-MS-Has-Attach: ' + (m.attachments?.length ? 'yes' : ''), 'X-MS-TNEF-Correlator: ', 'Content-Language: en-GB'];
  }
}

function textPart(text: string, client: Client): string {
  const ascii = /^[\x00-\x7e]*$/.test(text);
  const shortLines = text.split('\n').every((l) => l.length <= 76);
  if (client === 'gmail' || client === 'iphone') {
    if (ascii && shortLines) return `Content-Type: text/plain; charset="UTF-8"\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${text.replace(/\r?\n/g, '\r\n')}`;
  }
  return `Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(text)}`;
}

function htmlPart(html: string): string {
  return `Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(html)}`;
}

function multipart(type: string, boundary: string, parts: string[], preamble = false): string {
  return `Content-Type: multipart/${type}; boundary="${boundary}"\r\n\r\n${preamble ? 'This is a multi-part message in MIME format.\r\n\r\n' : ''}${parts
    .map((p) => `--${boundary}\r\n${p}\r\n`)
    .join('')}--${boundary}--`;
}

export function buildEml(m: Mail): { eml: string; id: string } {
  const id = messageId(m);
  const heads: string[] = [...clientHeaders(m, id)];
  heads.push(`From: ${addr(m.from)}`);
  heads.push(`To: ${m.to ?? MAILBOX_ADDR[m.mailbox]}`);
  if (m.cc?.length) heads.push(`Cc: ${m.cc.join(', ')}`);
  heads.push(`Subject: ${encodeWord(m.subject)}`);
  heads.push(`Date: ${m.date}`);
  heads.push(`Message-ID: ${id}`);
  if (m.inReplyTo) {
    heads.push(`In-Reply-To: ${m.inReplyTo}`);
    heads.push(`References: ${m.inReplyTo}`);
  }
  if (m.client === 'outlook' || m.client === 'outlook-mobile') heads.push(`Thread-Topic: ${encodeWord(m.subject.replace(/^(RE|Re|FW|Fw|Fwd):\s*/, ''))}`);
  for (const [k, v] of m.headers ?? []) heads.push(`${k}: ${v}`);
  heads.push('MIME-Version: 1.0');

  const bnd = (tag: string) => `_00${tag}_${hex(m.slug + tag, 24)}_`;
  let body: string;
  if (m.rawBody) {
    body = `Content-Type: ${m.rawBody.contentType}\r\n\r\n${m.rawBody.body.replace(/\r?\n/g, '\r\n')}`;
  } else {
    const text = m.text;
    const html = m.html === true ? outlookHtml(text) : m.html;
    let content = html ? multipart('alternative', bnd('alt'), [textPart(text, m.client), htmlPart(html)]) : textPart(text, m.client);
    if (m.attachments?.length) {
      const atts = m.attachments.map(
        (a) =>
          `Content-Type: ${a.contentType}; name="${a.filename}"\r\nContent-Description: ${a.filename}\r\nContent-Disposition: attachment; filename="${a.filename}"; size=${a.content.length}\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(a.content)}`,
      );
      content = multipart('mixed', bnd('mix'), [content, ...atts], true);
    }
    body = content;
  }
  return { eml: `${heads.join('\r\n')}\r\n${body}\r\n`, id };
}
