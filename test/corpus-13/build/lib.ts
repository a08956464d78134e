// MIME and expected-file helpers for corpus 13 (writer I). Everything is written by hand so the output is byte-stable.

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

export interface Email {
  slug: string;
  eml: string;
  expected: Expected;
}

export interface Part {
  headers: [string, string][];
  body: string; // already encoded, CRLF line endings
}

const crlf = (s: string): string => s.replace(/\r\n/g, '\n').replace(/\n/g, '\r\n');

/** Quoted-printable (RFC 2045) with soft breaks at 76 columns. */
export function qp(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const bytes = Buffer.from(line, 'utf8');
    const tokens: string[] = [];
    bytes.forEach((b, i) => {
      const last = i === bytes.length - 1;
      if ((b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last)) tokens.push(String.fromCharCode(b));
      else tokens.push(`=${b.toString(16).toUpperCase().padStart(2, '0')}`);
    });
    let cur = '';
    for (const t of tokens) {
      if (cur.length + t.length > 75) {
        out.push(`${cur}=`);
        cur = '';
      }
      cur += t;
    }
    out.push(cur);
  }
  return out.join('\r\n');
}

export function b64(buf: Buffer | Uint8Array | string): string {
  const s = Buffer.from(buf as Uint8Array).toString('base64');
  return (s.match(/.{1,76}/g) ?? []).join('\r\n');
}

/** RFC 2047 word when the value is not ASCII. */
export function word(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

export type Cte = '7bit' | '8bit' | 'quoted-printable' | 'base64';

export function text(body: string, opts: { cte?: Cte; subtype?: 'plain' | 'html'; charset?: string } = {}): Part {
  const cte = opts.cte ?? (/^[\x00-\x7f]*$/.test(body) ? '7bit' : 'quoted-printable');
  const subtype = opts.subtype ?? 'plain';
  const enc = cte === 'quoted-printable' ? qp(body) : cte === 'base64' ? b64(Buffer.from(crlf(body), 'utf8')) : crlf(body);
  return {
    headers: [
      ['Content-Type', `text/${subtype}; charset="${opts.charset ?? 'utf-8'}"`],
      ['Content-Transfer-Encoding', cte],
    ],
    body: enc,
  };
}

export const html = (body: string, cte: Cte = 'quoted-printable'): Part => text(body, { cte, subtype: 'html' });

export function multipart(subtype: string, parts: Part[], boundary: string, extra = ''): Part {
  const b = `----=_Part_${boundary}`;
  const body = `${parts.map((p) => `--${b}\r\n${p.headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${p.body}\r\n`).join('')}--${b}--`;
  return { headers: [['Content-Type', `multipart/${subtype}; boundary="${b}"${extra}`]], body };
}

export function pdf(name: string, bytes: Uint8Array): Part {
  return {
    headers: [
      ['Content-Type', `application/pdf; name="${name}"`],
      ['Content-Description', name],
      ['Content-Disposition', `attachment; filename="${name}"; size=${bytes.length}`],
      ['Content-Transfer-Encoding', 'base64'],
    ],
    body: b64(bytes),
  };
}

export function rfc822(name: string, msg: string): Part {
  return {
    headers: [
      ['Content-Type', `message/rfc822; name="${name}"`],
      ['Content-Disposition', `attachment; filename="${name}"`],
      ['Content-Transfer-Encoding', '7bit'],
    ],
    body: msg,
  };
}

export interface Head {
  from: string;
  to: string;
  cc?: string;
  subject: string;
  date: string;
  id: string;
  extra?: [string, string][];
}

/** One whole message, CRLF throughout. */
export function message(h: Head, root: Part): string {
  const headers: [string, string][] = [
    ['Received', `from mail.nhs.net (10.${h.id.length}.0.${h.subject.length % 250}) by pcse-mx01.nhs.net; ${h.date}`],
    ['From', h.from.replace(/^([^<]*[^\x00-\x7f][^<]*?) </, (_m, n: string) => `${word(n.replace(/^"|"$/g, ''))} <`)],
    ['To', h.to],
    ...(h.cc ? ([['Cc', h.cc]] as [string, string][]) : []),
    ['Subject', word(h.subject)],
    ['Date', h.date],
    ['Message-ID', `<${h.id}>`],
    ...(h.extra ?? []),
    ['MIME-Version', '1.0'],
    ...root.headers,
  ];
  return `${headers.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${root.body}\r\n`;
}

export const plain = (h: Head, body: string, cte?: Cte): string => message(h, text(body, { cte }));

export const NHSMAIL_FOOTER = `
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging information with other NHSmail users and organisations with an accredited secure email service.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
`;

export const TO = {
  portalenquiries: 'PCSE Portal Enquiries <pcse.portalenquiries@nhs.net>',
  datamanager: 'PCSE Data Manager <pcse.datamanager@nhs.net>',
  openexeter: 'PCSE Open Exeter <pcse.openexeter@nhs.net>',
} as const;

export const person = (name: string | null, email: string | null) => ({ name, email: email?.toLowerCase() ?? null });
export const withRole = (name: string | null, email: string | null, role: string | null) => ({ ...person(name, email), role });

export function unclassified(mailbox: Mailbox, traits: string[], ignored: 'auto_reply' | 'bounce' | null = null): Expected {
  return { mailbox, kind: 'unclassified', ignored, organisation: null, fields: {}, mustRaise: [], traits };
}

export function exp(
  mailbox: Mailbox,
  kind: string,
  organisation: Expected['organisation'],
  fields: Record<string, unknown>,
  traits: string[],
  mustRaise: string[] = [],
): Expected {
  return { mailbox, kind, ignored: null, organisation, fields, mustRaise, traits };
}

export const org = (odsCode: string | null, type: OrgType) => ({ odsCode, type });

/** Deterministic pseudo-random numbers (mulberry32). */
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
