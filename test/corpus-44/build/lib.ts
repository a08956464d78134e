// MIME writer for corpus 44 (writer AN): hand-built RFC 5322 messages, CRLF, deterministic.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export const MAILBOX_ADDRESS: Record<Mailbox, string> = {
  portalenquiries: 'pcse.portalenquiries@nhs.net',
  datamanager: 'pcse.datamanager@nhs.net',
  openexeter: 'pcse.openexeter@nhs.net',
};
export const MAILBOX_NAME: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries',
  datamanager: 'PCSE Data Manager',
  openexeter: 'PCSE Open Exeter',
};

export interface Person { name: string | null; email: string | null }
export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Attachment { filename: string; content: Buffer; contentType?: string }

export type Client = 'outlook' | 'gmail' | 'iphone' | 'applemail' | 'system' | 'webform';

export interface MailSpec {
  mailbox: Mailbox;
  slug: string;
  from: { name: string | null; email: string };
  to?: string;
  cc?: string[];
  subject: string;
  date: string;
  client: Client;
  text?: string;
  html?: string;
  attachments?: Attachment[];
  inReplyTo?: string;
  extraHeaders?: [string, string][];
  /** A complete body (Content-Type header value and raw body), for reports. */
  raw?: { contentType: string; body: string };
  expected: Omit<Expected, 'mailbox'>;
}

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

/** RFC 2047 encoded word when the text is not ASCII. */
export function encodeWord(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

function addr(name: string | null, email: string): string {
  if (!name) return email;
  const n = /^[\x20-\x7e]*$/.test(name) ? (/[,()<>@;:."[\]]/.test(name) ? `"${name.replace(/"/g, '\\"')}"` : name) : encodeWord(name);
  return `${n} <${email}>`;
}

/** Quoted-printable, soft breaks at 76, CRLF hard breaks. */
export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    const toks: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) toks.push(String.fromCharCode(b));
      else toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    let cur = '';
    for (const t of toks) {
      if (cur.length + t.length > 75) { out.push(`${cur}=`); cur = ''; }
      cur += t;
    }
    out.push(cur);
  }
  return out.join('\r\n');
}

function b64(buf: Buffer): string {
  return (buf.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

function crlf(s: string): string { return s.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n'); }

function fold(name: string, value: string): string {
  // fold long header values at spaces (for readability only)
  const line = `${name}: ${value}`;
  if (line.length <= 78) return line;
  const words = line.split(' ');
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > 76) { out.push(cur); cur = ` ${w}`; } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out.join('\r\n');
}

function textPart(text: string, subtype: 'plain' | 'html', client: Client): string {
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const long = text.split('\n').some((l) => l.length > 900);
  const useQp = client === 'outlook' || client === 'applemail' || !ascii || long || subtype === 'html';
  const cs = client === 'outlook' ? 'us-ascii' : 'utf-8';
  const charset = ascii ? cs : 'utf-8';
  if (useQp) {
    return `Content-Type: text/${subtype}; charset="${charset}"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp(text)}\r\n`;
  }
  return `Content-Type: text/${subtype}; charset="${charset}"${client === 'iphone' ? ';\r\n\tformat=flowed' : ''}\r\nContent-Transfer-Encoding: 7bit\r\n\r\n${crlf(text)}\r\n`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML an Outlook client sends alongside the text part. */
export function outlookHtml(text: string): string {
  const paras = text.replace(/\r\n/g, '\n').split('\n');
  const body = paras.map((l) => (l.trim() === '' ? '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' : `<p class="MsoNormal">${escapeHtml(l)}<o:p></o:p></p>`)).join('\n');
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${/^[\x00-\x7f]*$/.test(text) ? 'us-ascii' : 'utf-8'}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
${body}
</div>
</body>
</html>
`;
}

function attachmentPart(a: Attachment, client: Client): string {
  const ct = a.contentType ?? 'application/pdf';
  const fn = encodeWord(a.filename);
  const desc = client === 'outlook' ? `Content-Description: ${fn}\r\n` : '';
  const size = client === 'outlook' ? `; size=${a.content.length}` : '';
  return `Content-Type: ${ct}; name="${fn}"\r\n${desc}Content-Disposition: attachment; filename="${fn}"${size}\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(a.content)}\r\n`;
}

function boundary(seed: string, tag: string): string { return `_${tag}_${sha(seed + tag).slice(0, 24)}_`; }

function clientHeaders(spec: MailSpec): string[] {
  const h: string[] = [];
  const dom = spec.from.email.split('@')[1] ?? 'example';
  const id = sha(spec.slug + spec.date).slice(0, 12).toUpperCase();
  if (spec.client === 'outlook') {
    h.push(`Authentication-Results: spf=pass (sender IP is 40.92.${parseInt(id.slice(0, 2), 16) % 200}.${parseInt(id.slice(2, 4), 16) % 250})\r\n smtp.mailfrom=${dom}; dkim=pass (signature was verified)\r\n header.d=${dom};dmarc=pass action=none\r\n header.from=${dom};compauth=pass reason=100`);
    h.push(`Received: from LO${id.slice(0, 1)}P265MB${parseInt(id.slice(1, 5), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM (2603:10a6:20b:3e0::11) by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM\r\n with HTTPS; ${spec.date}`);
  } else if (spec.client === 'gmail') {
    h.push(`Authentication-Results: mx.nhs.net;\r\n dkim=pass header.d=${dom};\r\n spf=pass smtp.mailfrom=${dom};\r\n dmarc=pass header.from=${dom}`);
    h.push(`Received: by mail-wr1-f${parseInt(id.slice(0, 2), 16) % 70}.google.com with SMTP id ${id.toLowerCase()}; ${spec.date}`);
  } else if (spec.client === 'iphone' || spec.client === 'applemail') {
    h.push(`Authentication-Results: spf=pass (sender IP is 40.92.8.44)\r\n smtp.mailfrom=${dom}; dkim=pass (signature was verified)\r\n header.d=${dom};dmarc=pass action=none header.from=${dom}`);
    h.push(`Received: from [192.168.1.${parseInt(id.slice(0, 2), 16) % 250}] (host86-${parseInt(id.slice(2, 4), 16)}-12-9.range86.btcentralplus.com)\r\n by smtp.nhs.net with ESMTPSA; ${spec.date}`);
  } else {
    h.push(`Authentication-Results: spf=pass (sender IP is 194.101.83.${parseInt(id.slice(0, 2), 16) % 250})\r\n smtp.mailfrom=${dom}; dkim=pass (signature was verified)\r\n header.d=${dom};dmarc=pass action=none header.from=${dom}`);
    h.push(`Received: from relay.${dom} by mx.nhs.net with ESMTPS; ${spec.date}`);
  }
  return h;
}

export function buildEml(spec: MailSpec): string {
  const to = spec.to ?? addr(MAILBOX_NAME[spec.mailbox], MAILBOX_ADDRESS[spec.mailbox]);
  const domain = spec.from.email.split('@')[1] ?? 'localhost';
  const msgId = spec.client === 'outlook'
    ? `<${sha(spec.slug).slice(0, 8).toUpperCase()}${sha(spec.slug).slice(8, 20).toUpperCase()}@LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM>`
    : spec.client === 'gmail'
      ? `<CAF${sha(spec.slug).slice(0, 28)}@mail.gmail.com>`
      : `<${sha(spec.slug).slice(0, 8)}-${sha(spec.slug).slice(8, 12)}-${sha(spec.slug).slice(12, 16)}@${domain}>`;
  const headers: string[] = [...clientHeaders(spec)];
  headers.push(fold('From', addr(spec.from.name, spec.from.email)));
  headers.push(fold('To', to));
  if (spec.cc?.length) headers.push(fold('Cc', spec.cc.join(', ')));
  headers.push(fold('Subject', encodeWord(spec.subject)));
  headers.push(`Date: ${spec.date}`);
  headers.push(`Message-ID: ${msgId}`);
  if (spec.inReplyTo) { headers.push(`In-Reply-To: ${spec.inReplyTo}`); headers.push(`References: ${spec.inReplyTo}`); }
  if (spec.client === 'outlook') {
    headers.push('Accept-Language: en-GB, en-US');
    headers.push('Content-Language: en-GB');
    headers.push(`X-MS-Has-Attach: ${spec.attachments?.length ? 'yes' : ''}`);
    headers.push('X-MS-TNEF-Correlator: ');
  } else if (spec.client === 'iphone') {
    headers.push('X-Mailer: iPhone Mail (21F90)');
  } else if (spec.client === 'applemail') {
    headers.push('X-Mailer: Apple Mail (2.3774.600.62)');
  }
  for (const [k, v] of spec.extraHeaders ?? []) headers.push(fold(k, v));
  headers.push('MIME-Version: 1.0');

  let body: string;
  let ctype: string;
  if (spec.raw) {
    ctype = spec.raw.contentType;
    body = crlf(spec.raw.body);
  } else {
    const text = spec.text;
    const html = spec.html ?? (spec.client === 'outlook' && text ? outlookHtml(text) : undefined);
    let inner: { ct: string; body: string };
    if (text !== undefined && html !== undefined) {
      const b = boundary(spec.slug, '000alt');
      inner = {
        ct: `multipart/alternative; boundary="${b}"`,
        body: `--${b}\r\n${textPart(text, 'plain', spec.client)}\r\n--${b}\r\n${textPart(html, 'html', spec.client)}\r\n--${b}--\r\n`,
      };
    } else if (html !== undefined) {
      inner = { ct: 'PART', body: textPart(html, 'html', spec.client) };
    } else {
      inner = { ct: 'PART', body: textPart(text ?? '', 'plain', spec.client) };
    }
    if (spec.attachments?.length) {
      const b = boundary(spec.slug, '00mix');
      const first = inner.ct === 'PART' ? inner.body : `Content-Type: ${inner.ct}\r\n\r\n${inner.body}`;
      ctype = `multipart/mixed; boundary="${b}"`;
      body = `This is a multi-part message in MIME format.\r\n\r\n--${b}\r\n${first}\r\n${spec.attachments.map((a) => `--${b}\r\n${attachmentPart(a, spec.client)}\r\n`).join('')}--${b}--\r\n`;
    } else if (inner.ct === 'PART') {
      const i = inner.body.indexOf('\r\n\r\n');
      const hdr = inner.body.slice(0, i);
      body = inner.body.slice(i + 4);
      headers.push(hdr);
      return `${headers.join('\r\n')}\r\n\r\n${body}`;
    } else {
      ctype = inner.ct;
      body = inner.body;
    }
  }
  headers.push(fold('Content-Type', ctype));
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** A January 2027 date (1 Jan 2027 was a Friday), GMT. */
export function jan(day: number, hh: number, mm: number, ss = 0): string {
  const wd = DAYS[(4 + day - 1) % 7]!;
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${wd}, ${day} Jan 2027 ${p(hh)}:${p(mm)}:${p(ss)} +0000`;
}

export const org = (odsCode: string | null, type: string): { odsCode: string | null; type: string } => ({ odsCode, type });
export const P = (name: string | null, email: string | null): Person => ({ name, email });
