// MIME written by hand for corpus-55 (writer AY): CRLF, quoted-printable, base64, RFC 2047 words, multipart
// alternative/mixed/report. Deterministic: boundaries from a hash of the slug, dates fixed strings.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export const BOX: Record<Mailbox, string> = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
};

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export type Part =
  | { leaf: true; type: string; enc: 'qp' | 'b64' | '7bit'; body: string | Uint8Array; headers?: [string, string][] }
  | { leaf: false; sub: string; params?: string; parts: Part[] };

export interface Built { mailbox: Mailbox; slug: string; eml: string; expected: Expected }

const CRLF = '\r\n';
export const hash = (s: string, n = 16) => createHash('sha256').update(s).digest('hex').slice(0, n);
const crlf = (s: string) => s.replace(/\r\n/g, '\n').replace(/\n/g, CRLF);
const ascii = (s: string) => /^[\x20-\x7e]*$/.test(s);

export function qp(text: string): string {
  return text.replace(/\r\n/g, '\n').split('\n').map((line) => {
    const bytes = Buffer.from(line, 'utf8');
    let out = '';
    let cur = '';
    bytes.forEach((b, i) => {
      const tok = (b === 0x3d || b > 0x7e || (b < 0x20 && b !== 9) || ((b === 0x20 || b === 9) && i === bytes.length - 1))
        ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b);
      if (cur.length + tok.length > 75) { out += `${cur}=${CRLF}`; cur = ''; }
      cur += tok;
    });
    return out + cur;
  }).join(CRLF);
}

const b64 = (d: string | Uint8Array) => ((typeof d === 'string' ? Buffer.from(crlf(d), 'utf8') : Buffer.from(d)).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);

export const word = (s: string) => (ascii(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`);

/** A mailbox header value. */
export function addr(name: string | null, email: string): string {
  if (!name) return email;
  if (!ascii(name)) return `${word(name)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

function fold(name: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of words) {
    if (cur.length + 1 + w.length > 78 && cur.length > name.length + 1) { lines.push(cur); cur = ` ${w}`; } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

export const text = (body: string, enc: 'qp' | 'b64' | '7bit' = 'qp'): Part => ({ leaf: true, type: 'text/plain; charset="utf-8"', enc, body });
export const html = (body: string, enc: 'qp' | 'b64' | '7bit' = 'qp'): Part => ({ leaf: true, type: 'text/html; charset="utf-8"', enc, body });
export const alt = (...parts: Part[]): Part => ({ leaf: false, sub: 'alternative', parts });
export const mixed = (...parts: Part[]): Part => ({ leaf: false, sub: 'mixed', parts });
export const pdf = (filename: string, data: Uint8Array): Part => ({
  leaf: true, type: `application/pdf; name="${filename}"`, enc: 'b64', body: data,
  headers: [['Content-Disposition', `attachment; filename="${filename}"; size=${data.length}`]],
});
export const report = (human: string, status: string, original: string): Part => ({
  leaf: false, sub: 'report', params: '; report-type=delivery-status',
  parts: [text(human), { leaf: true, type: 'message/delivery-status', enc: '7bit', body: status }, { leaf: true, type: 'text/rfc822-headers', enc: '7bit', body: original }],
});
export const calendar = (ics: string, method = 'REQUEST'): Part => ({ leaf: true, type: `text/calendar; charset="utf-8"; method=${method}`, enc: '7bit', body: ics });

/** Plain text to simple HTML paragraphs (escaped); lines starting "|" become table rows. */
export function toHtml(body: string, font = 'Calibri,Arial,sans-serif'): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const out: string[] = [];
  let table: string[] = [];
  const flush = () => {
    if (table.length) out.push(`<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">${table.join('')}</table>`);
    table = [];
  };
  for (const line of body.split('\n')) {
    if (line.startsWith('|')) {
      table.push(`<tr>${line.split('|').slice(1, -1).map((c) => `<td>${esc(c.trim())}</td>`).join('')}</tr>`);
      continue;
    }
    flush();
    out.push(line.trim() ? `<p class="MsoNormal" style="margin:0">${esc(line)}</p>` : '<p class="MsoNormal" style="margin:0">&nbsp;</p>');
  }
  flush();
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:${font};font-size:11pt">\r\n${out.join('\r\n')}\r\n</div></body></html>`;
}

function render(p: Part, seed: string, depth: number): string {
  if (p.leaf) {
    const enc = p.enc === 'qp' ? 'quoted-printable' : p.enc === 'b64' ? 'base64' : '7bit';
    const head = [`Content-Type: ${p.type}`, `Content-Transfer-Encoding: ${enc}`, ...(p.headers ?? []).map(([k, v]) => `${k}: ${v}`)];
    const body = p.enc === 'qp' ? qp(typeof p.body === 'string' ? p.body : Buffer.from(p.body).toString('utf8'))
      : p.enc === 'b64' ? b64(p.body) : crlf(typeof p.body === 'string' ? p.body : Buffer.from(p.body).toString('utf8'));
    return `${head.join(CRLF)}${CRLF}${CRLF}${body}`;
  }
  const boundary = `_${depth}_${hash(`${seed}/${depth}`, 24)}`;
  const parts = p.parts.map((c, i) => `--${boundary}${CRLF}${render(c, `${seed}.${i}`, depth + 1)}`);
  return `Content-Type: multipart/${p.sub}; boundary="${boundary}"${p.params ?? ''}${CRLF}${CRLF}${parts.join(CRLF)}${CRLF}--${boundary}--${CRLF}`;
}

export interface MailSpec {
  mailbox: Mailbox;
  slug: string;
  from: string;               // header value, built with addr()
  to?: string;
  cc?: string;
  subject: string;
  date: string;               // RFC 5322 date
  id: string;                 // message id without brackets
  extra?: [string, string][]; // extra headers placed before From
  body: Part;
  expected: Expected;
}

export function build(m: MailSpec): Built {
  const h: string[] = [];
  for (const [k, v] of m.extra ?? []) h.push(fold(k, v));
  h.push(fold('From', m.from));
  h.push(fold('To', m.to ?? BOX[m.mailbox]));
  if (m.cc) h.push(fold('CC', m.cc));
  h.push(fold('Subject', ascii(m.subject) ? m.subject : word(m.subject)));
  h.push(`Date: ${m.date}`);
  h.push(`Message-ID: <${m.id}>`);
  h.push('MIME-Version: 1.0');
  const eml = `${h.join(CRLF)}${CRLF}${render(m.body, m.slug, 0)}`;
  return { mailbox: m.mailbox, slug: m.slug, eml: eml.endsWith(CRLF) ? eml : eml + CRLF, expected: m.expected };
}

// Header sets of the clients and servers the mail comes through.
export const nhsmail = (ip: string): [string, string][] => [
  ['Received', `from ${ip} by LO0P265MB6690.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${'Tue, 1 Dec 2026 08:00:00 +0000'}`],
  ['Authentication-Results', 'spf=pass (sender IP is 52.101.73.4) smtp.mailfrom=nhs.net; dkim=pass (signature was verified) header.d=nhs.net;dmarc=pass action=none header.from=nhs.net;compauth=pass reason=100'],
  ['X-MS-Has-Attach', ''],
  ['Content-Language', 'en-GB'],
];
export const external = (domain: string, pass = true): [string, string][] => [
  ['Received', `from mail.${domain} (mail.${domain} [185.41.12.7]) by relay.nhs.net with ESMTPS; Tue, 1 Dec 2026 08:00:00 +0000`],
  ['Authentication-Results', `relay.nhs.net; spf=${pass ? 'pass' : 'softfail'} smtp.mailfrom=${domain}; dkim=${pass ? 'pass' : 'none'} header.d=${domain}; dmarc=${pass ? 'pass' : 'fail'}`],
];
