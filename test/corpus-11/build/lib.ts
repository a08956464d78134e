// Helpers for writing corpus-11's messages: MIME assembly with CRLF, quoted-printable and base64 bodies,
// RFC 2047 headers for non-ASCII names. Written for this corpus only.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Enc = '7bit' | '8bit' | 'qp' | 'b64';

export interface Attachment {
  filename: string;
  contentType: string;
  content: Uint8Array | string;
}

export interface Msg {
  mailbox: 'portalenquiries' | 'datamanager' | 'openexeter';
  n: number;
  slug: string;
  from: [string | null, string];
  to?: [string | null, string][];
  cc?: [string | null, string][];
  subject: string;
  date: string; // ISO
  id: string; // left part of Message-ID
  domain?: string;
  auth?: 'pass' | 'none' | string; // Authentication-Results
  extraHeaders?: string[];
  text?: string;
  html?: string;
  enc?: Enc; // body encoding for text and html parts
  attachments?: Attachment[];
  raw?: string; // a full body (with its Content-Type headers) when the layout is special (bounces)
  rawContentType?: string;
  expected: {
    kind: string;
    ignored?: 'auto_reply' | 'bounce' | null;
    organisation: { odsCode: string | null; type: string } | null;
    fields: Record<string, unknown>;
    mustRaise?: string[];
    traits: string[];
  };
}

const MAILBOX_ADDR: Record<Msg['mailbox'], [string, string]> = {
  portalenquiries: ['PCSE Portal Enquiries', 'pcse.portalenquiries@nhs.net'],
  datamanager: ['PCSE Data Manager', 'pcse.datamanager@nhs.net'],
  openexeter: ['PCSE Open Exeter', 'pcse.openexeter@nhs.net'],
};

const nonAscii = (s: string) => /[^\x20-\x7e]/.test(s);

export function encodeWord(s: string): string {
  if (!nonAscii(s)) return s;
  return `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

export function addr([name, email]: [string | null, string]): string {
  if (!name) return email;
  if (nonAscii(name)) return `${encodeWord(name)} <${email}>`;
  if (/[,.()"'@:;<>[\]]/.test(name)) return `"${name.replace(/"/g, '\\"')}" <${email}>`;
  return `${name} <${email}>`;
}

export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    let enc = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) enc += String.fromCharCode(b);
      else enc += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    // soft-wrap at 76, never splitting an =XX escape
    let rest = enc;
    while (rest.length > 76) {
      let cut = 75;
      const esc = rest.lastIndexOf('=', cut);
      if (esc > cut - 3 && esc >= 0) cut = esc;
      out.push(`${rest.slice(0, cut)}=`);
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join('\r\n');
}

export function b64(content: Uint8Array | string): string {
  const s = Buffer.from(typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64');
  return s.replace(/.{1,76}/g, '$&\r\n').replace(/\r\n$/, '');
}

const crlf = (s: string) => s.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');

function leaf(type: 'plain' | 'html', body: string, enc: Enc): string {
  const cte = enc === 'qp' ? 'quoted-printable' : enc === 'b64' ? 'base64' : enc;
  const encoded = enc === 'qp' ? qp(body) : enc === 'b64' ? b64(body) : crlf(body);
  return `Content-Type: text/${type}; charset="utf-8"\r\nContent-Transfer-Encoding: ${cte}\r\n\r\n${encoded}\r\n`;
}

let boundaryN = 0;
const boundary = (tag: string) => `----=_Part_${tag}_${(++boundaryN).toString(16).padStart(4, '0')}_c11`;

export function body(m: Msg): string {
  const enc = m.enc ?? (nonAscii((m.text ?? '') + (m.html ?? '')) ? 'qp' : '7bit');
  let content: string;
  if (m.text !== undefined && m.html !== undefined) {
    const b = boundary('alt');
    content = `Content-Type: multipart/alternative; boundary="${b}"\r\n\r\n--${b}\r\n${leaf('plain', m.text, enc)}--${b}\r\n${leaf('html', m.html, enc)}--${b}--\r\n`;
  } else if (m.html !== undefined) {
    content = leaf('html', m.html, enc);
  } else {
    content = leaf('plain', m.text ?? '', enc);
  }
  if (!m.attachments?.length) return content;
  const b = boundary('mix');
  let out = `Content-Type: multipart/mixed; boundary="${b}"\r\n\r\nThis is a multi-part message in MIME format.\r\n\r\n--${b}\r\n${content}`;
  for (const a of m.attachments) {
    out += `--${b}\r\nContent-Type: ${a.contentType}; name="${a.filename}"\r\nContent-Disposition: attachment; filename="${a.filename}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(a.content)}\r\n`;
  }
  return `${out}--${b}--\r\n`;
}

export function rfcDate(iso: string): string {
  const d = new Date(iso);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (x: number) => String(x).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function render(m: Msg): string {
  const fromDomain = m.from[1].split('@')[1]!;
  const h: string[] = [];
  if (m.auth !== 'none') {
    const a = m.auth && m.auth !== 'pass' ? m.auth : `spf=pass (sender IP is 40.92.${(m.n * 7) % 250}.${(m.n * 13) % 250}) smtp.mailfrom=${fromDomain}; dkim=pass (signature was verified) header.d=${fromDomain};dmarc=pass action=none header.from=${fromDomain};compauth=pass reason=100`;
    h.push(`Authentication-Results: ${a}`);
  }
  h.push(`Received: from mx.${fromDomain} by LO2P265MB${String(1000 + m.n)}.GBRP265.PROD.OUTLOOK.COM with ESMTPS; ${rfcDate(m.date)}`);
  h.push(`From: ${addr(m.from)}`);
  h.push(`To: ${(m.to ?? [MAILBOX_ADDR[m.mailbox]]).map(addr).join(', ')}`);
  if (m.cc?.length) h.push(`Cc: ${m.cc.map(addr).join(', ')}`);
  h.push(`Subject: ${encodeWord(m.subject)}`);
  h.push(`Date: ${rfcDate(m.date)}`);
  h.push(`Message-ID: <${m.id}@${m.domain ?? fromDomain}>`);
  for (const x of m.extraHeaders ?? []) h.push(x);
  h.push('MIME-Version: 1.0');
  const b = m.raw !== undefined ? `Content-Type: ${m.rawContentType}\r\n\r\n${crlf(m.raw)}` : body(m);
  return `${h.join('\r\n')}\r\n${b}`;
}

export function write(root: string, msgs: Msg[]): void {
  const seen = new Set<string>();
  for (const m of msgs) {
    const dir = join(root, m.mailbox);
    mkdirSync(dir, { recursive: true });
    const base = `${String(m.n).padStart(3, '0')}-${m.slug}`;
    if (seen.has(`${m.mailbox}/${base}`)) throw new Error(`duplicate ${base}`);
    seen.add(`${m.mailbox}/${base}`);
    writeFileSync(join(dir, `${base}.eml`), render(m));
    const e = m.expected;
    const expected = {
      mailbox: m.mailbox,
      kind: e.kind,
      ignored: e.ignored ?? null,
      organisation: e.organisation,
      fields: e.fields,
      mustRaise: e.mustRaise ?? [],
      traits: e.traits,
    };
    writeFileSync(join(dir, `${base}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  }
}

// Shorthands for the expected fields.
export const person = (name: string | null, email: string | null) => ({ name, email });
export const withRole = (name: string | null, email: string | null, role: string | null) => ({ name, email, role });
