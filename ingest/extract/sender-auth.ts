import { domainToUnicode } from 'node:url';
import type { Finding, SenderAuthentication } from '../../core/domain/case.js';
import { makeFinding } from '../../core/domain/findings.js';
import type { HeaderLine } from './mime.js';

export interface SenderAuthInput {
  headerLines: HeaderLine[];
  fromEmail: string | null;
  /** How many From headers the message carries (RFC 5322 §3.6 allows exactly one). */
  fromCount: number;
  /** When set, only the Authentication-Results with this authserv-id is trusted. */
  trustedAuthServId?: string | null;
}

/**
 * Judges the sender from headers alone (no network). Trusts at most one Authentication-Results
 * header (RFC 8601): the one whose authserv-id is configured, or by default the topmost, which
 * NHSmail's Exchange Online boundary stamps without an authserv-id — and the topmost only when no
 * Received hop from outside the boundary sits above it (see {@link isBoundaryHop}); otherwise our
 * boundary stamped none and the sender wrote it, so the verdict is `none`. Lower ones, Received-SPF
 * and ARC may have been written by the sender and are never read. Trusted results whose
 * `header.from` is not the From domain fail. Two From headers or an NHS look-alike domain fail
 * whatever the results say.
 */
export function assessSenderAuthentication(input: SenderAuthInput): { authentication: SenderAuthentication; findings: Finding[] } {
  const fail = (source: string, details: string): { authentication: SenderAuthentication; findings: Finding[] } => ({
    authentication: { verdict: 'fail', source, details },
    findings: [makeFinding('sender_unauthenticated', `The sender could not be trusted: ${details}.`)],
  });
  if (input.fromCount > 1) return fail('From header', 'the message has more than one From header');
  const lookAlike = detectNhsLookAlike(input.fromEmail);
  if (lookAlike) return fail('From address', `the sender's domain ${lookAlike} imitates an NHS domain`);

  const wanted = input.trustedAuthServId?.trim().toLowerCase() || null;
  const index = wanted
    ? input.headerLines.findIndex((h) => h.key === 'authentication-results' && readAuthServId(h.value) === wanted)
    : input.headerLines.findIndex((h) => h.key === 'authentication-results');
  const header = index >= 0 ? input.headerLines[index] : undefined;
  if (!header) {
    return {
      authentication: { verdict: 'none', source: wanted ? `no Authentication-Results from ${wanted}` : 'no Authentication-Results header', details: null },
      findings: [],
    };
  }
  if (!wanted) {
    const outside = input.headerLines.slice(0, index).find((h) => h.key === 'received' && !isBoundaryHop(h.value));
    if (outside) {
      // The topmost results sit below a hop that took the message in from outside: our boundary stamped
      // none, so the sender wrote them. No verdict here; the DKIM check decides (ingest/verify-dkim.ts).
      return { authentication: { verdict: 'none', source: 'Authentication-Results below a Received hop from outside the boundary (ignored)', details: null }, findings: [] };
    }
  }
  const source = wanted ? `trusted Authentication-Results (${wanted})` : 'topmost Authentication-Results';
  const r = readMethodResults(header.value);
  const headerFrom = /\bheader\.from\s*=\s*([a-z0-9.-]+)/i.exec(header.value.replace(/\([^()]*\)/g, ' '))?.[1]?.toLowerCase().replace(/\.$/, '') ?? null;
  const fromDomain = input.fromEmail?.slice(input.fromEmail.lastIndexOf('@') + 1).toLowerCase().replace(/\.$/, '') ?? null;
  if (headerFrom && fromDomain && !alignedDomains(headerFrom, fromDomain)) {
    // The results judged another author domain: they were stamped for a different message.
    return fail(source, `the results are for header.from=${headerFrom}, not the From domain ${fromDomain}`);
  }
  const details = ['spf', 'dkim', 'dmarc', 'compauth'].filter((k) => r[k]).map((k) => `${k}=${r[k]}`).join(' ') || null;
  const spfFail = r.spf === 'fail' || r.spf === 'softfail';
  const dkimFail = !r.dkim || ['fail', 'none', 'neutral', 'permerror', 'policy'].includes(r.dkim);
  if (r.dmarc === 'fail' || r.compauth === 'fail' || (spfFail && dkimFail && r.dkim !== undefined) || (spfFail && !r.dkim && r.dmarc !== 'pass')) {
    return fail(source, details ?? 'authentication failed');
  }
  // DMARC (RFC 7489) is what ties a pass to the From domain; SPF alone judges the envelope sender. A DMARC
  // result other than pass (none, temperror, permerror) is no verdict: the DKIM check at ingest decides, and
  // `pcse parse` says it did not check. bestguesspass is Exchange's pass for a domain with no DMARC record.
  const dmarcPass = r.dmarc === 'pass' || r.dmarc === 'bestguesspass';
  // Without DMARC a DKIM pass counts only for a signature by the From domain itself: a signature by any other
  // domain proves nothing about the author (the alignment DMARC would have checked).
  const signedBy = /\bdkim=pass\b[^;]*?\bheader\.d=([a-z0-9.-]+)/i.exec(header.value)?.[1]?.toLowerCase() ?? null;
  const alignedDkim = r.dkim === 'pass' && !!signedBy && !!fromDomain && alignedDomains(signedBy, fromDomain);
  const pass = r.dmarc ? dmarcPass && r.compauth !== 'fail' : r.compauth === 'pass' || alignedDkim;
  return { authentication: { verdict: pass ? 'pass' : 'none', source, details }, findings: [] };
}

/**
 * Hosts of the receiving boundary: Exchange Online's internal hops (NHSmail is Exchange Online) and
 * NHSmail's own relays. Exchange Online writes its Authentication-Results among its own Received
 * headers, below the internal hops and just above the hop that accepted the message from the internet.
 */
const BOUNDARY_HOSTS = /(^|\.)(outlook\.com|office365\.com|exchangelabs\.com|nhs\.net)$/i;

/**
 * A Received hop inside the boundary: both the host it came from and the host that took it are
 * boundary hosts. A hop from any other host is where the message entered, and anything below it
 * (RFC 5321 §4.4: Received is prepended; RFC 8601 §5: so are results) was written before we had it.
 * Residual risk, accepted: a sender whose HELO names a boundary host; the DKIM check still applies
 * when there is no trusted verdict, and TRUSTED_AUTHSERV_ID removes the guess where a boundary names itself.
 */
function isBoundaryHop(received: string): boolean {
  const from = /^\s*from\s+([^\s;()]+)/i.exec(received)?.[1];
  const by = /\bby\s+([^\s;()]+)/i.exec(received)?.[1];
  return !!from && !!by && BOUNDARY_HOSTS.test(from.replace(/\.$/, '')) && BOUNDARY_HOSTS.test(by.replace(/\.$/, ''));
}

/** DMARC relaxed alignment, approximated without a public-suffix list: one domain is the other or a subdomain of it. */
function alignedDomains(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** The authserv-id is the token before the first ";" unless that token is already a method result. */
function readAuthServId(value: string): string | null {
  const head = value.split(';')[0]?.trim() ?? '';
  if (!head || /=/.test(head)) return null;
  return head.split(/\s+/)[0]?.toLowerCase() ?? null;
}

/** Reads method=result pairs; a DKIM pass on any signature counts as a pass. */
function readMethodResults(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  const stripped = value.replace(/\([^()]*\)/g, ' ');
  for (const m of stripped.matchAll(/\b(spf|dkim|dmarc|compauth)\s*=\s*([a-z]+)/gi)) {
    const method = (m[1] ?? '').toLowerCase();
    const result = (m[2] ?? '').toLowerCase();
    if (method === 'dkim' && out.dkim === 'pass') continue;
    if (!out[method] || method === 'dkim') out[method] = result;
  }
  return out;
}

const GENUINE = /(^|\.)(nhs\.net|nhs\.uk|nhs\.scot|hscni\.net)$/;
// Latin look-alikes in Cyrillic, Greek and fullwidth forms, folded before comparing.
const HOMOGLYPHS: Record<string, string> = {
  'а': 'a', 'е': 'e', 'о': 'o', 'р': 'p', 'с': 'c', 'ѕ': 's', 'һ': 'h', 'н': 'h', 'т': 't', 'і': 'i', 'ј': 'j', 'υ': 'u', 'ո': 'n',
  'ν': 'v', 'η': 'n', 'τ': 't', 'κ': 'k', 'ι': 'i', 'ο': 'o', 'ѵ': 'v', 'ս': 'u', 'ᴜ': 'u', 'ɴ': 'n', 'ʜ': 'h', 'ꜱ': 's', 'п': 'n',
};

/**
 * Returns the domain when it imitates an NHS domain (nhs-net.com, nhs.net.co, nhsnet.org,
 * nhs.net-mail.com, Cyrillic "nһs.net" …), or null for genuine NHS and unrelated domains.
 */
export function detectNhsLookAlike(email: string | null): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const ascii = email.slice(at + 1).toLowerCase().replace(/\.$/, '');
  const unicode = ascii.includes('xn--') ? domainToUnicode(ascii) || ascii : ascii;
  const folded = [...unicode.normalize('NFKC')].map((c) => HOMOGLYPHS[c] ?? c).join('');
  if (unicode === folded && GENUINE.test(ascii)) return null;
  const skeleton = folded.replace(/[^a-z0-9]/g, '').replace(/0/g, 'o').replace(/[1l]/g, 'i');
  const nonAscii = /[^\x00-\x7f]/.test(unicode);
  if (GENUINE.test(folded) && folded !== unicode) return unicode;
  if (/nhs(net|uk)/.test(skeleton) || /^nhs[-.]/.test(folded) || (nonAscii && /nhs/.test(skeleton))) return unicode;
  return null;
}
