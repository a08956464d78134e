// Writer Y's MIME builder, written from scratch for corpus 29. Everything is derived from the slug, so two runs
// give identical bytes: boundaries, message ids and thread indexes are hashes, dates are fixed.
import { createHash } from 'node:crypto';

export const CRLF = '\r\n';

export const hex = (s: string, n = 16): string => createHash('sha256').update(s).digest('hex').slice(0, n);

/** A small seeded PRNG (mulberry32) so the scans' noise and pdf-lib's resource names are repeatable. */
export function prng(seed: string): () => number {
  let a = parseInt(hex(seed, 8), 16) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------- encodings ----------
export function b64lines(buf: Buffer): string {
  const s = buf.toString('base64');
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 76) out.push(s.slice(i, i + 76));
  return out.join(CRLF);
}

/** Quoted-printable (RFC 2045) over UTF-8 bytes, soft breaks at 76, CRLF hard breaks. */
export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    let cur = '';
    const toks: string[] = [];
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      if ((b === 0x20 || b === 0x09) && last) toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else if (b === 0x3d || b < 0x20 || b > 0x7e) toks.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      else toks.push(String.fromCharCode(b));
    }
    const parts: string[] = [];
    for (const t of toks) {
      if (cur.length + t.length > 75) {
        parts.push(`${cur}=`);
        cur = '';
      }
      cur += t;
    }
    parts.push(cur);
    out.push(parts.join(CRLF));
  }
  return out.join(CRLF);
}

const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 2047 encoded words (B encoding), split so no word passes 75 characters. */
export function encWord(s: string, mode: 'B' | 'Q' = 'B'): string {
  if (isAscii(s)) return s;
  const chars = [...s];
  const words: string[] = [];
  let chunk = '';
  const flush = () => {
    if (!chunk) return;
    if (mode === 'B') words.push(`=?utf-8?B?${Buffer.from(chunk, 'utf8').toString('base64')}?=`);
    else {
      const q = [...Buffer.from(chunk, 'utf8')].map((b) => (b === 0x20 ? '_' : /[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
      words.push(`=?utf-8?Q?${q}?=`);
    }
    chunk = '';
  };
  for (const c of chars) {
    if (Buffer.byteLength(chunk + c, 'utf8') > 36) flush();
    chunk += c;
  }
  flush();
  return words.join(`${CRLF} `);
}

export interface Person { name: string | null; email: string }

export function addr(p: Person): string {
  if (!p.name) return p.email;
  const n = p.name;
  if (!isAscii(n)) return `${encWord(n)} <${p.email}>`;
  if (/[,.()<>@;:"[\]]/.test(n)) return `"${n.replace(/"/g, '\\"')}" <${p.email}>`;
  return `${n} <${p.email}>`;
}

/** Folds a header at spaces so each line stays under 78 characters. */
export function fold(name: string, value: string): string {
  const line = `${name}: ${value}`;
  if (line.length <= 78 || value.includes(CRLF)) return line;
  const words = line.split(' ');
  const out: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && cur.length + 1 + w.length > 76) {
      out.push(cur);
      cur = ` ${w}`;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  out.push(cur);
  return out.join(CRLF);
}

// ---------- MIME parts ----------
export interface Part { headers: [string, string][]; body: string }

export function textPart(text: string, opts: { subtype?: 'plain' | 'html'; cte?: 'qp' | 'base64' | '7bit' | '8bit'; flowed?: boolean; charset?: string } = {}): Part {
  const subtype = opts.subtype ?? 'plain';
  const charset = opts.charset ?? 'utf-8';
  let cte = opts.cte ?? 'qp';
  if (cte === '7bit' && !/^[\x00-\x7f]*$/.test(text)) cte = 'qp';
  const ct = `text/${subtype}; charset="${charset}"${opts.flowed ? '; format=flowed; delsp=yes' : ''}`;
  const norm = text.replace(/\r\n/g, '\n');
  let body: string;
  let cteName: string;
  if (cte === 'qp') { body = qp(norm); cteName = 'quoted-printable'; }
  else if (cte === 'base64') { body = b64lines(Buffer.from(norm.replace(/\n/g, CRLF), 'utf8')); cteName = 'base64'; }
  else { body = norm.replace(/\n/g, CRLF); cteName = cte; }
  return { headers: [['Content-Type', ct], ['Content-Transfer-Encoding', cteName]], body };
}

export function filePart(filename: string, contentType: string, data: Buffer, extra: [string, string][] = []): Part {
  const fn = isAscii(filename) ? `"${filename}"` : `"${encWord(filename)}"`;
  return {
    headers: [
      ['Content-Type', `${contentType}; name=${fn}`],
      ...extra,
      ['Content-Disposition', `attachment; filename=${fn}; size=${data.length}`],
      ['Content-Transfer-Encoding', 'base64'],
    ],
    body: b64lines(data),
  };
}

export function rfc822Part(raw: string, filename: string): Part {
  return {
    headers: [['Content-Type', `message/rfc822; name="${filename}"`], ['Content-Disposition', `attachment; filename="${filename}"`], ['Content-Transfer-Encoding', '7bit']],
    body: raw.replace(/\r?\n$/, ''),
  };
}

export function multipart(subtype: string, boundary: string, parts: Part[], extraCt = ''): Part {
  const body = parts.map((p) => `--${boundary}${CRLF}${renderHeaders(p.headers)}${CRLF}${CRLF}${p.body}${CRLF}`).join('') + `--${boundary}--`;
  return { headers: [['Content-Type', `multipart/${subtype};${extraCt} boundary="${boundary}"`]], body };
}

export function renderHeaders(h: [string, string][]): string {
  return h.map(([k, v]) => fold(k, v)).join(CRLF);
}

export function renderMessage(headers: [string, string][], root: Part, preamble = ''): string {
  const all: [string, string][] = [...headers, ['MIME-Version', '1.0'], ...root.headers];
  const pre = preamble ? `${preamble}${CRLF}${CRLF}` : '';
  return `${renderHeaders(all)}${CRLF}${CRLF}${pre}${root.body}${CRLF}`;
}

// ---------- HTML from text ----------
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Turns plain text into the HTML a client would send; lines starting with ">" become nested blockquotes. */
export function textToHtml(text: string, style: 'outlook' | 'gmail' | 'apple' | 'plain'): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const render = (ls: string[]): string => {
    const out: string[] = [];
    let i = 0;
    while (i < ls.length) {
      if (ls[i]!.startsWith('>')) {
        const q: string[] = [];
        while (i < ls.length && ls[i]!.startsWith('>')) { q.push(ls[i]!.replace(/^> ?/, '')); i++; }
        const cls = style === 'gmail' ? ' class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"' : ' type="cite"';
        out.push(`<blockquote${cls}>${render(q)}</blockquote>`);
        continue;
      }
      const l = ls[i]!;
      const inner = l.trim() === '' ? '<br>' : esc(l);
      if (style === 'outlook') out.push(`<p class="MsoNormal">${l.trim() === '' ? '<o:p>&nbsp;</o:p>' : inner}</p>`);
      else if (style === 'gmail') out.push(`<div>${inner}</div>`);
      else out.push(`<div dir="ltr">${inner}</div>`);
      i++;
    }
    return out.join('\n');
  };
  const body = render(lines);
  if (style === 'outlook') {
    return `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
${body}
</div>
</body>
</html>`;
  }
  if (style === 'gmail') return `<div dir="ltr">${body}</div>\n`;
  if (style === 'apple') return `<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">${body}</body></html>`;
  return `<html><body>${body}</body></html>`;
}

// ---------- client profiles ----------
export type Client = 'outlook' | 'outlook_ios' | 'outlook_android' | 'iphone' | 'gmail' | 'gmail_android' | 'samsung' | 'hotmail' | 'company_exchange' | 'system';

export interface Attachment { filename: string; contentType: string; data: Buffer }

export interface MailSpec {
  slug: string;
  client: Client;
  from: Person;
  to: Person[];
  cc?: Person[];
  subject: string;
  date: string; // RFC 5322 date
  text?: string; // plain text (omitted for html-only)
  html?: string; // explicit html (else generated from text)
  htmlOnly?: boolean;
  attachments?: Attachment[];
  forwardedRaw?: { raw: string; filename: string }[];
  inReplyTo?: string;
  references?: string[];
  extraHeaders?: [string, string][];
  replyTo?: Person;
}

export const PCSE = {
  portal: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  dm: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  oe: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
} satisfies Record<string, Person>;

export const msgId = (slug: string, client: Client): string => {
  const h = hex(`mid:${slug}`, 32).toUpperCase();
  switch (client) {
    case 'outlook': return `<${h.slice(0, 12)}${h.slice(12, 20)}@LO2P265MB${parseInt(h.slice(20, 24), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'outlook_ios':
    case 'outlook_android': return `<LO0P265MB${parseInt(h.slice(0, 4), 16) % 9000 + 1000}${h.slice(4, 20)}@LO0P265MB${parseInt(h.slice(20, 24), 16) % 9000 + 1000}.GBRP265.PROD.OUTLOOK.COM>`;
    case 'iphone': return `<${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}@nhs.net>`;
    case 'gmail':
    case 'gmail_android': return `<CA+${Buffer.from(h, 'hex').toString('base64').replace(/[=/+]/g, 'x')}Q@mail.gmail.com>`;
    case 'samsung': return `<${h.slice(0, 24).toLowerCase()}@email.android.com>`;
    case 'hotmail': return `<DB9PR08MB${h.slice(0, 16)}@DB9PR08MB${parseInt(h.slice(16, 20), 16) % 9000 + 1000}.eurprd08.prod.outlook.com>`;
    case 'company_exchange': return `<${h.slice(0, 20).toLowerCase()}@EXCH01.corp.local>`;
    case 'system': return `<${h.slice(0, 20).toLowerCase()}.oe@openexeter.nhs.uk>`;
  }
};

const senderDomain = (p: Person) => p.email.split('@')[1]!.toLowerCase();

function authHeaders(spec: MailSpec): [string, string][] {
  const d = senderDomain(spec.from);
  const ip = `40.92.${parseInt(hex(`ip:${spec.slug}`, 2), 16) % 200}.${parseInt(hex(`ip2:${spec.slug}`, 2), 16) % 250 + 2}`;
  return [
    ['Authentication-Results', `spf=pass (sender IP is ${ip}) smtp.mailfrom=${d}; dkim=pass (signature was verified) header.d=${d};dmarc=pass action=none header.from=${d};compauth=pass reason=100`],
    ['Received', `from ${spec.client === 'gmail' || spec.client === 'gmail_android' ? 'mail-wr1-f54.google.com (209.85.221.54)' : `mx.${d} (${ip})`} by LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${spec.date}`],
  ];
}

/** Builds the whole message for a spec, with the header set and body structure of the chosen client. */
export function buildMail(spec: MailSpec): string {
  const id = msgId(spec.slug, spec.client);
  const h = hex(`b:${spec.slug}`, 32);
  const c = spec.client;
  const headers: [string, string][] = [...authHeaders(spec)];
  headers.push(['From', addr(spec.from)]);
  headers.push(['To', spec.to.map(addr).join(', ')]);
  if (spec.cc?.length) headers.push(['CC', spec.cc.map(addr).join(', ')]);
  if (spec.replyTo) headers.push(['Reply-To', addr(spec.replyTo)]);
  headers.push(['Subject', encWord(spec.subject, c === 'iphone' ? 'Q' : 'B')]);
  headers.push(['Date', spec.date]);
  headers.push(['Message-ID', id]);
  if (spec.inReplyTo) headers.push(['In-Reply-To', spec.inReplyTo]);
  if (spec.references?.length) headers.push(['References', spec.references.join(' ')]);
  const hasAtt = Boolean(spec.attachments?.length || spec.forwardedRaw?.length);
  if (c === 'outlook' || c === 'outlook_ios' || c === 'outlook_android' || c === 'hotmail' || c === 'company_exchange') {
    headers.push(['Thread-Topic', spec.subject.replace(/^(RE|FW|Fwd|Re|Fw):\s*/g, '')]);
    headers.push(['Thread-Index', Buffer.from(hex(`ti:${spec.slug}`, 44), 'hex').toString('base64')]);
    headers.push(['X-MS-Has-Attach', hasAtt ? 'yes' : '']);
    headers.push(['X-MS-TNEF-Correlator', '']);
    headers.push(['Content-Language', 'en-GB']);
  }
  if (c === 'iphone') headers.push(['X-Mailer', 'iPhone Mail (22B91)']);
  if (c === 'samsung') headers.push(['X-Mailer', 'Samsung Mail']);
  if (c === 'system') headers.push(['X-Mailer', 'Open Exeter Notification Service 4.2']);
  for (const e of spec.extraHeaders ?? []) headers.push(e);

  const style = c === 'gmail' || c === 'gmail_android' ? 'gmail' : c === 'iphone' ? 'apple' : c === 'system' || c === 'samsung' ? 'plain' : 'outlook';
  const html = spec.html ?? (spec.text !== undefined ? textToHtml(spec.text, style) : undefined);
  const b = (tag: string) => {
    if (c === 'iphone') return `Apple-Mail-${h.slice(0, 8).toUpperCase()}-${h.slice(8, 12).toUpperCase()}-${tag}`;
    if (c === 'gmail' || c === 'gmail_android') return `000000000000${hex(`${tag}:${spec.slug}`, 12)}`;
    if (c === 'samsung') return `--_com.samsung.android.email_${parseInt(hex(`${tag}:${spec.slug}`, 12), 16)}`;
    return `_00${tag}_${h.slice(0, 24)}_`;
  };
  let bodyPart: Part;
  const cteText: 'qp' | 'base64' | '7bit' = c === 'samsung' ? 'base64' : c === 'system' ? '7bit' : 'qp';
  if (spec.htmlOnly || spec.text === undefined) {
    bodyPart = textPart(html ?? '', { subtype: 'html', cte: c === 'samsung' ? 'base64' : 'qp' });
  } else if (c === 'system' && !spec.html) {
    bodyPart = textPart(spec.text, { cte: cteText });
  } else {
    bodyPart = multipart('alternative', b('alt'), [textPart(spec.text, { cte: cteText }), textPart(html ?? '', { subtype: 'html', cte: c === 'samsung' ? 'base64' : 'qp' })]);
  }
  let root = bodyPart;
  if (hasAtt) {
    const parts: Part[] = [bodyPart];
    for (const a of spec.attachments ?? []) parts.push(filePart(a.filename, a.contentType, a.data, c === 'outlook' ? [['Content-Description', a.filename]] : []));
    for (const f of spec.forwardedRaw ?? []) parts.push(rfc822Part(f.raw, f.filename));
    root = multipart('mixed', b('mix'), parts);
  }
  const preamble = c === 'outlook' && root !== bodyPart ? 'This is a multi-part message in MIME format.' : '';
  return renderMessage(headers, root, preamble);
}

// ---------- the expected case ----------
export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';
export type OrgType = 'gp_practice' | 'gp_branch' | 'dental_practice' | 'ophthalmic_practice' | 'pharmacy' | 'pcn' | 'other';

export interface Expected {
  mailbox: Mailbox;
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: OrgType } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface CorpusEmail { file: string; eml: string; expected: Expected; pdf?: 'fillable' | 'text' | 'scan' }

export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });
export const who = (name: string | null, email: string | null) => ({ name, email });

/** Dates in December 2026 (GMT), fixed per email. */
export function mailDate(day: number, hh: number, mm: number, ss = 0, zone = '+0000'): string {
  const d = new Date(Date.UTC(2026, 11, day, hh, mm, ss));
  const dn = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
  return `${dn}, ${day} Dec 2026 ${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')} ${zone}`;
}

export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;
