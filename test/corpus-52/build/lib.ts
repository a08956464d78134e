// MIME for corpus-52 (writer AV), written by hand: CRLF, quoted-printable, base64, RFC 2047 names, multipart
// alternative / mixed / report. Deterministic: boundaries and message ids are hashes of the slug, dates are fixed.
import { createHash } from 'node:crypto';

export type Mailbox = 'portalenquiries' | 'datamanager' | 'openexeter';

export const BOX: Record<Mailbox, { name: string; email: string }> = {
  portalenquiries: { name: 'PCSE Portal Enquiries', email: 'pcse.portalenquiries@nhs.net' },
  datamanager: { name: 'PCSE Data Manager', email: 'pcse.datamanager@nhs.net' },
  openexeter: { name: 'PCSE Open Exeter', email: 'pcse.openexeter@nhs.net' },
};

export interface Expected {
  kind: string;
  ignored: 'auto_reply' | 'bounce' | null;
  organisation: { odsCode: string | null; type: string } | null;
  fields: Record<string, unknown>;
  mustRaise: string[];
  traits: string[];
}

export interface Attachment { filename: string; data: Uint8Array; contentType?: string }

export interface MailSpec {
  mailbox: Mailbox;
  slug: string;
  from: { name: string; email: string };
  to?: string;
  cc?: string;
  subject: string;
  /** ISO date, fixed. */
  date: string;
  text: string;
  /** 'plain' text only; 'outlook' or 'gmail' adds an HTML alternative in that client's style. */
  style: 'plain' | 'outlook' | 'gmail';
  attachments?: Attachment[];
  inReplyTo?: string;
  extraHeaders?: [string, string][];
  /** A whole raw body (e.g. a delivery report) replacing the generated one: [content-type header, body]. */
  raw?: [string, string];
  expected: Expected;
}

const CRLF = '\r\n';
export const hash = (s: string, n = 24): string => createHash('sha256').update(s).digest('hex').slice(0, n);
const crlf = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\n/g, CRLF);

export function qp(text: string): string {
  const hex = (b: number) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return text.replace(/\r\n/g, '\n').split('\n').map((line) => {
    const bytes = Buffer.from(line, 'utf8');
    let out = '';
    let cur = '';
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      const last = i === bytes.length - 1;
      const tok = ((b === 0x20 || b === 0x09) && last) || b === 0x3d || b > 0x7e || (b < 0x20 && b !== 0x09) ? hex(b) : String.fromCharCode(b);
      if (cur.length + tok.length > 75) { out += `${cur}=${CRLF}`; cur = ''; }
      cur += tok;
    }
    return out + cur;
  }).join(CRLF);
}

const b64 = (d: Uint8Array): string => (Buffer.from(d).toString('base64').match(/.{1,76}/g) ?? []).join(CRLF);
const ascii = (s: string) => /^[\x20-\x7e]*$/.test(s);
export const words = (s: string): string => (ascii(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`);

export function addr(name: string | null, email: string): string {
  if (!name) return email;
  if (!ascii(name)) return `${words(name)} <${email}>`;
  if (/[(),.:;<>@[\]"\\]/.test(name)) return `"${name.replace(/(["\\])/g, '\\$1')}" <${email}>`;
  return `${name} <${email}>`;
}

function fold(name: string, value: string): string {
  const ws = value.split(' ');
  const lines: string[] = [];
  let cur = `${name}:`;
  for (const w of ws) {
    if (cur.length + 1 + w.length > 78 && cur.length > name.length + 1) { lines.push(cur); cur = ` ${w}`; } else cur += ` ${w}`;
  }
  lines.push(cur);
  return lines.join(CRLF);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export function rfcDate(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Outlook HTML: the reply header block (From:/Sent:) starts a bordered div, as Outlook writes it. */
function outlookHtml(text: string): string {
  const lines = text.split('\n');
  let inQuote = false;
  const out: string[] = [];
  for (const l of lines) {
    if (/^(From|-----Original Message-----)/.test(l) && !inQuote) {
      inQuote = true;
      out.push('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm" id="divRplyFwdMsg">');
    }
    const m = /^(From|Sent|To|Cc|Subject|Date):(.*)$/.exec(l);
    if (m && inQuote) out.push(`<p class="MsoNormal"><b>${m[1]}:</b>${esc(m[2]!)}</p>`);
    else out.push(l.trim() ? `<p class="MsoNormal">${esc(l)}</p>` : '<p class="MsoNormal">&nbsp;</p>');
  }
  if (inQuote) out.push('</div>');
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head><body lang="EN-GB" link="#467886"><div class="WordSection1">\n${out.join('\n')}\n</div></body></html>`;
}

/** Gmail HTML: runs of ">" lines become nested gmail_quote blockquotes, the "On ... wrote:" line a gmail_attr div. */
function gmailHtml(text: string): string {
  const lines = text.split('\n');
  const out: string[] = ['<div dir="ltr">'];
  let depth = 0;
  for (const l of lines) {
    const m = /^((?:> ?)*)(.*)$/.exec(l)!;
    const d = (m[1]!.match(/>/g) ?? []).length;
    while (depth < d) { out.push('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'); depth++; }
    while (depth > d) { out.push('</blockquote>'); depth--; }
    const body = m[2]!;
    if (/^On .* wrote:$/.test(body)) out.push(`<div class="gmail_attr">${esc(body)}<br></div>`);
    else out.push(body.trim() ? `<div>${esc(body)}</div>` : '<div><br></div>');
  }
  while (depth-- > 0) out.push('</blockquote>');
  out.push('</div>');
  return out.join('\n');
}

export const messageId = (slug: string, email: string): string => {
  const dom = email.split('@')[1]!;
  if (dom === 'nhs.net') return `<${hash(slug, 12).toUpperCase()}@LO0P265MB${hash(slug + 'h', 4).toUpperCase()}.GBRP265.PROD.OUTLOOK.COM>`;
  if (dom === 'gmail.com' || dom === 'googlemail.com') return `<CAF${hash(slug, 30)}@mail.gmail.com>`;
  return `<${hash(slug, 16)}@${dom}>`;
};

export function serialize(m: MailSpec): string {
  const h: [string, string][] = [];
  const dom = m.from.email.split('@')[1]!;
  h.push(['Received', `from ${dom === 'nhs.net' ? 'LO2P265MB5432.GBRP265.PROD.OUTLOOK.COM' : `mail.${dom}`} by LO0P265MB6012.GBRP265.PROD.OUTLOOK.COM with HTTPS; ${rfcDate(m.date)}`]);
  h.push(['From', addr(m.from.name, m.from.email)]);
  h.push(['To', m.to ?? addr(BOX[m.mailbox].name, BOX[m.mailbox].email)]);
  if (m.cc) h.push(['CC', m.cc]);
  h.push(['Subject', words(m.subject)]);
  h.push(['Date', rfcDate(m.date)]);
  h.push(['Message-ID', messageId(m.slug, m.from.email)]);
  if (m.inReplyTo) { h.push(['In-Reply-To', m.inReplyTo]); h.push(['References', m.inReplyTo]); }
  if (m.style === 'outlook') { h.push(['Thread-Topic', words(m.subject.replace(/^(RE|FW|Re|Fwd):\s*/i, ''))]); h.push(['Content-Language', 'en-GB']); }
  for (const x of m.extraHeaders ?? []) h.push(x);
  h.push(['MIME-Version', '1.0']);

  const bnd = (d: number) => (m.style === 'gmail' ? `000000000000${hash(`${m.slug}/${d}`, 16)}` : `_00${d}_${hash(`${m.slug}/${d}`, 20).toUpperCase()}_`);
  const textPart = `Content-Type: text/plain; charset="utf-8"${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}${qp(m.text)}`;
  let body: string;
  let ct: string;
  if (m.raw) {
    ct = m.raw[0];
    body = crlf(m.raw[1]);
  } else {
    let inner: string;
    let innerCt: string;
    if (m.style === 'plain') {
      innerCt = 'text/plain; charset="utf-8"';
      inner = qp(m.text);
    } else {
      const html = m.style === 'outlook' ? outlookHtml(m.text) : gmailHtml(m.text);
      const b = bnd(1);
      innerCt = `multipart/alternative; boundary="${b}"`;
      inner = `--${b}${CRLF}${textPart}${CRLF}--${b}${CRLF}Content-Type: text/html; charset="utf-8"${CRLF}Content-Transfer-Encoding: quoted-printable${CRLF}${CRLF}${qp(html)}${CRLF}--${b}--`;
    }
    if (!m.attachments?.length) {
      ct = innerCt;
      body = inner;
      if (m.style === 'plain') h.push(['Content-Transfer-Encoding', 'quoted-printable']);
    } else {
      const b = bnd(0);
      ct = `multipart/mixed; boundary="${b}"`;
      const first = m.style === 'plain' ? textPart : `Content-Type: ${innerCt}${CRLF}${CRLF}${inner}`;
      const parts = [first, ...m.attachments.map((a) => {
        const t = a.contentType ?? 'application/pdf';
        return `Content-Type: ${t}; name="${a.filename}"${CRLF}Content-Description: ${a.filename}${CRLF}Content-Disposition: attachment; filename="${a.filename}"; size=${a.data.length}${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${b64(a.data)}`;
      })];
      body = `This is a multi-part message in MIME format.${CRLF}${CRLF}${parts.map((p) => `--${b}${CRLF}${p}${CRLF}`).join('')}--${b}--`;
    }
  }
  h.push(['Content-Type', ct]);
  return `${h.map(([k, v]) => fold(k, v)).join(CRLF)}${CRLF}${CRLF}${body}${CRLF}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Quoting helpers: how earlier messages appear below a reply

export const NHS_DISCLAIMER = `********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

/** Outlook's header block above a quoted message. */
export function outlookQuote(q: { from: string; sent: string; to: string; cc?: string; subject: string; body: string }): string {
  return `________________________________
From: ${q.from}
Sent: ${q.sent}
To: ${q.to}${q.cc ? `\nCc: ${q.cc}` : ''}
Subject: ${q.subject}

${q.body}`;
}

/** Older Outlook / Outlook desktop "-----Original Message-----" block. */
export function originalMessage(q: { from: string; sent: string; to: string; subject: string; body: string }): string {
  return `-----Original Message-----
From: ${q.from}
Sent: ${q.sent}
To: ${q.to}
Subject: ${q.subject}

${q.body}`;
}

/** Gmail's "On … wrote:" line followed by ">"-prefixed lines. */
export function gmailQuote(when: string, who: string, body: string): string {
  return `On ${when}, ${who} wrote:\n${body.split('\n').map((l) => (l ? `> ${l}` : '>')).join('\n')}`;
}

/** A PCSE reply asking for more information, as it is quoted back. */
export function pcseAsk(box: Mailbox, greeting: string, ask: string, ref: string | null): string {
  const team = { portalenquiries: 'PCSE Online Portal Enquiries Team', datamanager: 'PCSE Data Management Team', openexeter: 'PCSE Open Exeter Team' }[box];
  return `${greeting}

Thank you for your email.

${ask}

${ref ? `Please quote our reference ${ref} in any reply.\n\n` : ''}Kind regards

${team}
Primary Care Support England
Email: ${BOX[box].email}
Website: https://pcse.england.nhs.uk
`;
}

export function exp(kind: string, organisation: Expected['organisation'], fields: Record<string, unknown>, mustRaise: string[] = [], traits: string[] = [], ignored: Expected['ignored'] = null): Expected {
  return { kind, ignored, organisation, fields, mustRaise, traits };
}
