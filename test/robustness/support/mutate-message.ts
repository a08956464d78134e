/**
 * Seeded mutations of real MIME messages for the robustness run. Everything here is a pure function of
 * (message bytes, seed): the same seed always yields the same bytes, so any failure is reproducible
 * from its seed alone.
 */

/** A small, fast 32-bit PRNG (mulberry32): deterministic across platforms and Node versions. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hiExclusive: number): number => lo + Math.floor(next() * Math.max(1, hiExclusive - lo));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length)] as T,
    chance: (p: number) => next() < p,
    bytes: (n: number) => {
      const out = Buffer.alloc(n);
      for (let i = 0; i < n; i++) out[i] = int(0, 256);
      return out;
    },
  };
}

export interface Rng {
  /** [0, 1) */
  next(): number;
  /** [lo, hiExclusive) */
  int(lo: number, hiExclusive: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  bytes(n: number): Buffer;
}

type Mutation = (raw: Buffer, rng: Rng, donor: Buffer) => Buffer;

const CRLF = '\r\n';

/** Splits at the first empty line (CRLF or LF); a message without one is all header. */
function splitMessage(raw: Buffer): { head: string; sep: string; body: Buffer } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const at = crlf >= 0 && (lf < 0 || crlf <= lf) ? crlf : lf;
  if (at < 0) return { head: raw.toString('latin1'), sep: '', body: Buffer.alloc(0) };
  const sep = at === crlf ? '\r\n\r\n' : '\n\n';
  return { head: raw.subarray(0, at).toString('latin1'), sep, body: raw.subarray(at + sep.length) };
}

function joinMessage(head: string, sep: string, body: Buffer): Buffer {
  return Buffer.concat([Buffer.from(head, 'latin1'), Buffer.from(sep || '\r\n\r\n', 'latin1'), body]);
}

/** Header fields with their folded continuation lines kept together (RFC 5322 §2.2.3). */
function headerFields(head: string): string[] {
  const fields: string[] = [];
  for (const line of head.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && fields.length > 0) fields[fields.length - 1] += CRLF + line;
    else fields.push(line);
  }
  return fields;
}

function insertAt(raw: Buffer, at: number, insert: Buffer): Buffer {
  return Buffer.concat([raw.subarray(0, at), insert, raw.subarray(at)]);
}

const byteFlips: Mutation = (raw, rng) => {
  const out = Buffer.from(raw);
  const n = rng.int(1, 40);
  for (let i = 0; i < n && out.length > 0; i++) out[rng.int(0, out.length)] = rng.int(0, 256);
  return out;
};

const truncate: Mutation = (raw, rng) => raw.subarray(0, rng.int(0, raw.length + 1));

const duplicateHeader: Mutation = (raw, rng) => {
  const { head, sep, body } = splitMessage(raw);
  const fields = headerFields(head);
  if (fields.length === 0) return raw;
  const preferred = fields.filter((f) => /^(from|to|subject|content-type|message-id|content-transfer-encoding|mime-version|date|in-reply-to|references):/i.test(f));
  const field = rng.pick(preferred.length > 0 && rng.chance(0.7) ? preferred : fields);
  const copies = rng.chance(0.1) ? rng.int(20, 500) : 1;
  const at = rng.int(0, fields.length + 1);
  fields.splice(at, 0, ...Array.from({ length: copies }, () => field));
  return joinMessage(fields.join(CRLF), sep, body);
};

const deleteHeader: Mutation = (raw, rng) => {
  const { head, sep, body } = splitMessage(raw);
  const fields = headerFields(head);
  if (fields.length === 0) return raw;
  fields.splice(rng.int(0, fields.length), rng.chance(0.2) ? rng.int(1, 6) : 1);
  return joinMessage(fields.join(CRLF), sep, body);
};

const corruptBoundary: Mutation = (raw, rng) => {
  const text = raw.toString('latin1');
  const boundaries = [...text.matchAll(/boundary\s*=\s*"?([^";\r\n]+)"?/gi)].map((m) => m[1] ?? '').filter(Boolean);
  if (boundaries.length === 0) return Buffer.from(text.replace(/Content-Type:[^\r\n]*/i, 'Content-Type: multipart/mixed; boundary="'), 'latin1');
  const b = rng.pick(boundaries);
  const escaped = b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  switch (rng.int(0, 6)) {
    case 0: // the closing delimiter is gone
      return Buffer.from(text.replace(new RegExp(`--${escaped}--`, 'g'), ''), 'latin1');
    case 1: // one delimiter differs by a character
      return Buffer.from(text.replace(`--${b}`, `--${b.slice(0, -1)}X`), 'latin1');
    case 2: // the declared boundary no longer matches any delimiter
      return Buffer.from(text.replace(/boundary\s*=\s*"?[^";\r\n]+"?/i, 'boundary="nothing-matches-this"'), 'latin1');
    case 3: // empty boundary parameter
      return Buffer.from(text.replace(/boundary\s*=\s*"?[^";\r\n]+"?/i, 'boundary=""'), 'latin1');
    case 4: // a delimiter inside a part body (premature end)
      return insertAt(raw, rng.int(0, raw.length + 1), Buffer.from(`${CRLF}--${b}--${CRLF}`, 'latin1'));
    default: // every delimiter repeated
      return Buffer.from(text.replace(new RegExp(`--${escaped}`, 'g'), `--${b}${CRLF}--${b}`), 'latin1');
  }
};

const CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'shift_jis', 'utf-16', 'utf-16le', 'utf-32', 'utf-7', 'iso-2022-jp', 'gb18030', 'koi8-r', 'x-unknown-charset', '', '"', 'utf-8\'en\'', 'big5-hkscs', 'ks_c_5601-1987'];

const swapCharset: Mutation = (raw, rng) => {
  const text = raw.toString('latin1');
  if (/charset\s*=/i.test(text)) {
    let n = 0;
    return Buffer.from(text.replace(/charset\s*=\s*"?[^";\s]*"?/gi, (m) => (n++ === 0 || rng.chance(0.5) ? `charset=${rng.pick(CHARSETS)}` : m)), 'latin1');
  }
  return Buffer.from(text.replace(/^(Content-Type:[^\r\n]*)/im, `$1; charset=${rng.pick(CHARSETS)}`), 'latin1');
};

const damageTransferEncoding: Mutation = (raw, rng) => {
  const { head, sep, body } = splitMessage(raw);
  const text = body.toString('latin1');
  const encodings = ['base64', 'quoted-printable', '8bit', 'binary', 'x-uuencode', 'bogus'];
  let newHead = head;
  let newText = text;
  if (rng.chance(0.5)) {
    const cte = `Content-Transfer-Encoding: ${rng.pick(encodings)}`;
    newHead = /Content-Transfer-Encoding:/i.test(head) ? head.replace(/Content-Transfer-Encoding:[^\r\n]*/i, cte) : `${head}${CRLF}${cte}`;
  }
  if (/Content-Transfer-Encoding:\s*base64/i.test(raw.toString('latin1')) || rng.chance(0.3)) {
    // Base64 damage: stray characters, padding in the middle, truncated quanta.
    const junk = ['!', '=', '==', '====', '*', '\u0000', '-', '_', ' ', '\t', 'A'];
    const chars = [...newText];
    for (let i = 0, n = rng.int(1, 30); i < n && chars.length > 0; i++) chars.splice(rng.int(0, chars.length), rng.chance(0.5) ? 1 : 0, rng.pick(junk));
    newText = chars.join('');
  } else {
    // Quoted-printable damage: broken escapes, soft breaks at odd places, overlong lines.
    const junk = ['=', '=Z', '=ZZ', '=\r\n', '=0', '= ', '=\n', `=${'A'.repeat(rng.int(100, 5000))}`];
    for (let i = 0, n = rng.int(1, 20); i < n; i++) {
      const at = rng.int(0, newText.length + 1);
      newText = newText.slice(0, at) + rng.pick(junk) + newText.slice(at);
    }
  }
  return joinMessage(newHead, sep, Buffer.from(newText, 'latin1'));
};

const hugeHeaderLine: Mutation = (raw, rng) => {
  const { head, sep, body } = splitMessage(raw);
  const size = rng.pick([1_000, 10_000, 100_000, 1_000_000]);
  const kind = rng.int(0, 4);
  const value =
    kind === 0 ? 'x'.repeat(size)
      : kind === 1 ? Array.from({ length: Math.ceil(size / 12) }, () => '=?utf-8?B?w6k=?=').join(' ')
        : kind === 2 ? Array.from({ length: Math.ceil(size / 20) }, (_, i) => `u${i}@nhs.net`).join(', ')
          : Array.from({ length: Math.ceil(size / 40) }, () => 'folded').join(`${CRLF} `);
  const name = rng.pick(['Subject', 'X-Huge', 'From', 'To', 'References', 'Content-Type', 'Received']);
  const fields = headerFields(head);
  fields.splice(rng.int(0, fields.length + 1), 0, `${name}: ${value}`);
  return joinMessage(fields.join(CRLF), sep, body);
};

const deepNesting: Mutation = (raw, rng) => {
  const depth = rng.pick([5, 50, 200, 1000]);
  const { head, sep, body } = splitMessage(raw);
  const fields = headerFields(head).filter((f) => !/^(content-type|content-transfer-encoding|mime-version):/i.test(f));
  const inner = Buffer.concat([
    Buffer.from(headerFields(head).filter((f) => /^content-(type|transfer-encoding):/i.test(f)).join(CRLF) + CRLF + CRLF, 'latin1'),
    body,
  ]);
  const multipart = rng.chance(0.6);
  let out = inner;
  for (let i = depth; i > 0; i--) {
    out = multipart
      ? Buffer.concat([Buffer.from(`Content-Type: multipart/mixed; boundary="n${i}"${CRLF}${CRLF}--n${i}${CRLF}`), out, Buffer.from(`${CRLF}--n${i}--${CRLF}`)])
      : Buffer.concat([Buffer.from(`Content-Type: message/rfc822${CRLF}${CRLF}From: a@b.c${CRLF}Subject: level ${i}${CRLF}`), out]);
  }
  return joinMessage([...fields, 'MIME-Version: 1.0'].join(CRLF), sep, out).subarray(0, 8_000_000);
};

const nulBytes: Mutation = (raw, rng) => {
  let out = raw;
  for (let i = 0, n = rng.int(1, 20); i < n; i++) out = insertAt(out, rng.int(0, out.length + 1), Buffer.alloc(rng.chance(0.2) ? rng.int(2, 500) : 1));
  return out;
};

const PDF_NAMES = ['form.pdf', 'Open Exeter application.pdf', '', '../../etc/passwd.pdf', 'a'.repeat(300) + '.pdf', '=?utf-8?B?w6k=?=.pdf'];

const garbagePdfAttachment: Mutation = (raw, rng, donor) => {
  const { head, sep, body } = splitMessage(raw);
  const size = rng.pick([0, 10, 1000, 100_000, 1_000_000]);
  const garbage = rng.int(0, 4) === 0
    ? Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [3 0 R] >> >>\nendobj\n'), rng.bytes(size)])
    : rng.chance(0.3) ? donor.subarray(0, rng.int(0, donor.length + 1)) : rng.bytes(size);
  const encoded = rng.chance(0.8) ? garbage.toString('base64').replace(/.{76}/g, `$&${CRLF}`) : garbage.toString('latin1');
  const fields = headerFields(head);
  const original = fields.filter((f) => /^content-(type|transfer-encoding):/i.test(f));
  const outer = fields.filter((f) => !/^content-(type|transfer-encoding):/i.test(f));
  const b = `garbage${rng.int(0, 1e9)}`;
  const newBody = Buffer.concat([
    Buffer.from(`--${b}${CRLF}${original.join(CRLF) || 'Content-Type: text/plain'}${CRLF}${CRLF}`, 'latin1'),
    body,
    Buffer.from(`${CRLF}--${b}${CRLF}Content-Type: application/pdf; name="${rng.pick(PDF_NAMES)}"${CRLF}Content-Disposition: attachment${CRLF}Content-Transfer-Encoding: ${encoded.includes('%PDF') ? '8bit' : 'base64'}${CRLF}${CRLF}`, 'latin1'),
    Buffer.from(encoded, 'latin1'),
    Buffer.from(rng.chance(0.8) ? `${CRLF}--${b}--${CRLF}` : '', 'latin1'),
  ]);
  return joinMessage([...outer, `Content-Type: multipart/mixed; boundary="${b}"`].join(CRLF), sep, newBody);
};

const lineEndings: Mutation = (raw, rng) => {
  const text = raw.toString('latin1');
  switch (rng.int(0, 3)) {
    case 0: return Buffer.from(text.replace(/\r\n/g, '\n'), 'latin1');
    case 1: return Buffer.from(text.replace(/\r?\n/g, '\r'), 'latin1');
    default: return Buffer.from(text.replace(/\r?\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r'])), 'latin1');
  }
};

const ENCODED_WORD_GARBAGE = ['=?utf-8?B?!!!?=', '=?utf-8?Q?=ZZ=?=', '=?x-unknown?B?w6k=?=', '=?utf-8?B?', '=?=?=?=', '=?utf-8*en?Q?abc?=', '=?utf-16?B?2D3eAA==?='];

const garbleAddressOrSubject: Mutation = (raw, rng) => {
  const { head, sep, body } = splitMessage(raw);
  const fields = headerFields(head);
  const values = [
    '<<<@@>>>', 'undisclosed-recipients:;', '"unterminated <a@b.c>', 'a@b@c@d', '@', '<>', '"PCSE" <>', 'x'.repeat(2000) + '@nhs.net',
    'group: a@nhs.net, b@nhs.net;', '(comment (nested (deeper)) only)', '=?utf-8?B?8J+YgA==?= <jo@nhs.net>', 'jo@[127.0.0.1]',
    ...ENCODED_WORD_GARBAGE,
  ];
  const target = rng.pick(['From', 'To', 'Subject', 'Reply-To', 'Sender', 'Cc', 'In-Reply-To', 'References', 'Message-ID', 'Date']);
  const i = fields.findIndex((f) => f.toLowerCase().startsWith(`${target.toLowerCase()}:`));
  const line = `${target}: ${rng.pick(values)}`;
  if (i >= 0) fields[i] = line;
  else fields.push(line);
  return joinMessage(fields.join(CRLF), sep, body);
};

const manyHeaders: Mutation = (raw, rng) => {
  const { head, sep, body } = splitMessage(raw);
  const n = rng.pick([100, 2000, 20000]);
  const extra = Array.from({ length: n }, (_, i) => `X-Filler-${i}: ${i}`).join(CRLF);
  return joinMessage(`${extra}${CRLF}${head}`, sep, body);
};

const splice: Mutation = (raw, rng, donor) => {
  const a = rng.int(0, raw.length + 1);
  const b = rng.int(0, donor.length + 1);
  return Buffer.concat([raw.subarray(0, a), donor.subarray(b, b + rng.int(0, 20_000))]);
};

const dropSeparator: Mutation = (raw) => {
  const { head, body } = splitMessage(raw);
  return Buffer.concat([Buffer.from(head + CRLF, 'latin1'), body]);
};

const CONTENT_TYPES = [
  'multipart/mixed', 'multipart/alternative; boundary=', 'message/rfc822', 'text/html', 'application/ms-tnef', 'multipart/report; report-type=delivery-status',
  'message/delivery-status', 'text/calendar; method=REQUEST', 'application/pdf', 'image/png', '/', ';;;', 'text/plain; format=flowed; delsp=yes', 'multipart/signed; protocol="application/pkcs7-signature"',
];

const bogusContentType: Mutation = (raw, rng) => {
  const text = raw.toString('latin1');
  const ct = `Content-Type: ${rng.pick(CONTENT_TYPES)}`;
  return Buffer.from(/^Content-Type:[^\r\n]*/im.test(text) ? text.replace(/^Content-Type:[^\r\n]*/im, ct) : `${ct}${CRLF}${text}`, 'latin1');
};

const manyParts: Mutation = (raw, rng) => {
  const { head, sep, body } = splitMessage(raw);
  const n = rng.pick([10, 500, 3000]);
  const b = `many${rng.int(0, 1e9)}`;
  const parts = Array.from({ length: n }, (_, i) => `--${b}${CRLF}Content-Type: ${i % 3 === 0 ? 'text/html' : 'text/plain'}${CRLF}${CRLF}part ${i}<br>${CRLF}`).join('');
  const outer = headerFields(head).filter((f) => !/^content-type:/i.test(f));
  return joinMessage([...outer, `Content-Type: multipart/mixed; boundary="${b}"`].join(CRLF), sep, Buffer.concat([Buffer.from(parts), body, Buffer.from(`--${b}--${CRLF}`)]));
};

/** Every mutation, by name (names appear in failure reports). */
export const MUTATIONS: Record<string, Mutation> = {
  byteFlips, truncate, duplicateHeader, deleteHeader, corruptBoundary, swapCharset, damageTransferEncoding, hugeHeaderLine, deepNesting,
  nulBytes, garbagePdfAttachment, lineEndings, garbleAddressOrSubject, manyHeaders, splice, dropSeparator, bogusContentType, manyParts,
};
const NAMES = Object.keys(MUTATIONS);

/**
 * Applies one to three seeded mutations to `raw` (with `donor`, another seed message, for splicing).
 * Returns the bytes and the names of the mutations applied, in order.
 */
export function mutateMessage(raw: Buffer, donor: Buffer, rng: Rng): { raw: Buffer; mutations: string[] } {
  let out = raw;
  const applied: string[] = [];
  for (let i = 0, n = rng.int(1, 4); i < n; i++) {
    const name = rng.pick(NAMES);
    out = (MUTATIONS[name] as Mutation)(out, rng, donor);
    applied.push(name);
  }
  return { raw: out, mutations: applied };
}
