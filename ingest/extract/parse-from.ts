import addrs from 'email-addresses';

/** The author as RFC 5322 §3.6.2 reads it, and why it cannot be trusted as shown, if it cannot. */
export interface ParsedFrom {
  name: string | null;
  /** Lower-cased; null unless the From names exactly one plain mailbox. */
  email: string | null;
  /** Why there is no single author address (two From headers, a list, a group, unparseable), or null. */
  invalid: string | null;
  /** What in the header shows an address other than the real one (comment, route, quoted local part …), or null. */
  deceptive: string | null;
}

const NONE = { name: null, email: null } as const;

/**
 * Parses the From header lines (raw, unfolded, encoded-words not decoded) with `email-addresses`, a
 * maintained RFC 5322 parser, rather than a pattern: comments, groups, obsolete routes and quoted local
 * parts are where a forged author hides. Exactly one mailbox gives an address; anything else gives an
 * `invalid` reason and no address, so no check can pick the convenient one of two. `decodedName` is
 * mailparser's decoding of the display name (RFC 2047), used when it names the same address.
 */
export function parseFromHeaders(values: readonly string[], decoded: { name: string | null; email: string | null }): ParsedFrom {
  if (values.length === 0) return { ...NONE, invalid: 'the message has no From header', deceptive: null };
  if (values.length > 1) return { ...NONE, invalid: 'the message has more than one From header', deceptive: null };
  const input = quoteBareDisplayName(decodeUtf8Header(values[0] ?? ''));
  const one = readPlainMailbox(input) ?? readMailboxStrictly(input);
  if ('invalid' in one) return { ...NONE, invalid: one.invalid, deceptive: null };
  const local = one.local;
  const domain = one.domain.toLowerCase();
  // A quoted local part holding "@" (or any specials) shows another address before the real "@domain".
  if (/["@\s\\]/.test(local) || one.localIsQuoted) {
    return { ...NONE, invalid: `the From address has a quoted local part (${truncate(local)}) that can pose as another address`, deceptive: null };
  }
  const email = `${local}@${domain}`.toLowerCase();
  const decodedName = decoded.email && decoded.email.toLowerCase() === email ? decoded.name : null;
  const name = decodedName ?? one.name ?? null;
  const deceptive = [
    /%/.test(local) ? `the local part ${truncate(local)} uses the percent hack to name another host` : null,
    /!/.test(local) ? `the local part ${truncate(local)} is a bang path naming another host` : null,
    // RFC 5322 §4.4 obs-route: "<@host:user@domain>" shows a host that plays no part in delivery.
    /<\s*@/.test(input) ? 'the address carries an obsolete source route naming another host' : null,
    one.commentTokens.some((c) => c.includes('@') || /\.(net|uk|com|org)\b/i.test(c)) ? 'a comment in the From header shows an address' : null,
    name && /@|\b[a-z0-9-]+\.(net|uk|com|org|scot)\b/i.test(name) && !name.toLowerCase().includes(email) ? 'the display name shows an address other than the sender\u2019s' : null,
  ].filter((d): d is string => d !== null);
  return { name, email, invalid: null, deceptive: deceptive.length ? deceptive.join('; ') : null };
}

/** The one mailbox a From header names, as the checks above read it. */
interface FromMailbox {
  name: string | null;
  local: string;
  domain: string;
  localIsQuoted: boolean;
  commentTokens: string[];
}

/**
 * `Forename Surname <local@domain>` or a bare `local@domain` built only of letters, digits and the plainest
 * punctuation: no quotes, comments, routes, groups, dots in the name or encoded words. For these
 * `email-addresses` can only answer one mailbox with the words of the name joined by single spaces, so the
 * answer is written directly; the parser builds its whole grammar afresh on every call, which made it the
 * single largest cost in reading a message's headers (~6 % of extractCase). Anything else returns null.
 */
const PLAIN_ANGLE_MAILBOX = /^ *(?:([A-Za-z][A-Za-z' -]*?) *)?<([A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)> *$/;
const PLAIN_BARE_ADDRESS = /^ *([A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+) *$/;

function readPlainMailbox(input: string): FromMailbox | null {
  const angle = PLAIN_ANGLE_MAILBOX.exec(input);
  if (angle) {
    const name = angle[1] ? angle[1].replace(/ +/g, ' ').trim() : '';
    return { name: name || null, local: angle[2] ?? '', domain: angle[3] ?? '', localIsQuoted: false, commentTokens: [] };
  }
  const bare = PLAIN_BARE_ADDRESS.exec(input);
  if (bare) return { name: null, local: bare[1] ?? '', domain: bare[2] ?? '', localIsQuoted: false, commentTokens: [] };
  return null;
}

function readMailboxStrictly(input: string): FromMailbox | { invalid: string } {
  const parsed = addrs({ input, startAt: 'from', rfc6532: true });
  if (!parsed || parsed.addresses.length === 0) return { invalid: 'the From header is not a valid address' };
  if (parsed.addresses.length > 1) return { invalid: 'the From header names more than one address' };
  const one = parsed.addresses[0];
  if (!one || one.type !== 'mailbox') return { invalid: 'the From header is a group, not one mailbox' };
  return {
    name: one.name ?? null,
    local: one.local,
    domain: one.domain,
    localIsQuoted: /^".*"$/.test(one.parts.local.tokens.trim()),
    // Folding whitespace comes back as comments too; only text can show an address.
    commentTokens: one.parts.comments.map((c) => c.tokens).filter((t) => t.trim() !== ''),
  };
}

/**
 * Outlook and directory exports write `Surname, Forename (ORG) <a@b>` without quoting the phrase. Read
 * strictly, the comma makes a list whose first member is no mailbox, so genuine senders lost their address.
 * When the text before the one angle address shows no address, route or group, it can only be a display
 * name: quote it. A second mailbox (anything holding "@" before the "<") still makes a list and stays invalid.
 */
function quoteBareDisplayName(input: string): string {
  const match = /^([^<>"@:;]*,[^<>"@:;]*)(<[^<>]*>)\s*$/.exec(input.trim());
  if (!match) return input;
  const phrase = (match[1] ?? '').trim().replace(/\\/g, '');
  return phrase ? `"${phrase}" ${match[2]}` : input;
}

/**
 * mailparser hands header lines over byte for byte (latin1); RFC 6532 lets a From carry UTF-8, and a
 * look-alike domain ("nһs.net" with a Cyrillic shha) must reach the checks as the characters it shows.
 */
function decodeUtf8Header(value: string): string {
  if (!/[\u0080-\u00ff]/.test(value) || /[^\u0000-\u00ff]/.test(value)) return value;
  const decoded = Buffer.from(value, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? value : decoded;
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
