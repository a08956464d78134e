import { domainToASCII } from 'node:url';
import type { DNSResolver } from 'mailauth';
// Not the package root: see mailauth-dkim.d.ts (undici 8 does not load on Node 20).
import { dkimVerify } from 'mailauth/lib/dkim/verify.js';
import type { ParsedCase } from '../core/domain/case.js';
import { makeFinding, sortFindings } from '../core/domain/findings.js';

export type { DNSResolver };

/**
 * Adds our own DKIM verdict (mailauth's DKIM verifier) to a parsed case. The trusted Authentication-Results (read by the
 * extractor) wins when it gave one; otherwise a DKIM signature that verifies and is aligned with the
 * From domain (RFC 7489 §3.1.1, relaxed) makes the sender authenticated. A failing, missing or
 * unaligned signature with no trusted result adds `sender_unauthenticated`: an unauthenticated
 * request is still a case, but the approver sees why it should not be trusted.
 */
export async function applyDkimVerdict(raw: Buffer, parsed: ParsedCase, options: { resolver?: DNSResolver }): Promise<ParsedCase> {
  if (parsed.ignored) return parsed;
  const current = parsed.authentication ?? null;
  if (current && current.verdict !== 'none') return parsed;

  if (!parsed.from.email) {
    // No single author address (two From headers, a list, a group, an unreadable one): a signature can align with nothing we show.
    return withFailedVerdict(parsed, 'DKIM not checked: the message has no single From address to align a signature with');
  }
  const header = scanHeader(raw);
  if (header.lines > MAX_DKIM_HEADER_LINES) {
    return withFailedVerdict(parsed, `DKIM not checked: the header has over ${MAX_DKIM_HEADER_LINES} lines`);
  }
  // Nothing to verify: the verifier would read the whole message to say the same.
  if (!header.dkimSignature) return withFailedVerdict(parsed, NO_SIGNATURE);
  let details: string;
  try {
    // No connection data at IMAP time, so SPF cannot be judged here: only DKIM.
    const result = await dkimVerify(raw, options.resolver ? { resolver: options.resolver } : {});
    const signatures = result.results ?? [];
    const fromDomain = domainToASCII((parsed.from.email.split('@').pop() ?? '').toLowerCase());
    // mailauth aligns with the From it parses itself; ours (RFC 5322, exactly one mailbox) must agree too.
    const aligned = signatures.find((s) => s.status.result === 'pass' && s.status.aligned && alignsWith(s.signingDomain, fromDomain));
    if (aligned) {
      return {
        ...parsed,
        // Verdict 'none' means the only sender_unauthenticated finding is extraction's "DKIM not checked": now it was.
        findings: parsed.findings.filter((f) => f.code !== 'sender_unauthenticated'),
        authentication: { verdict: 'pass', source: `DKIM d=${aligned.signingDomain ?? 'unknown'}`, details: `dkim=pass header.d=${aligned.signingDomain ?? ''}` },
      };
    }
    details = signatures.length === 0
      ? NO_SIGNATURE
      : `DKIM ${signatures.map((s) => `${s.status.result}${s.status.result === 'pass' ? ' (not aligned with From)' : ''} d=${s.signingDomain ?? '?'}`).join(', ')}`;
  } catch (error) {
    details = `DKIM could not be checked: ${(error as Error).message}`;
  }
  return withFailedVerdict(parsed, details);
}

/** DMARC relaxed alignment (RFC 7489 §3.1.1), approximated without a public-suffix list, as sender-auth.ts does. */
function alignsWith(signingDomain: string | undefined, fromDomain: string): boolean {
  const d = domainToASCII((signingDomain ?? '').toLowerCase()).replace(/\.$/, '');
  const f = fromDomain.replace(/\.$/, '');
  return !!d && (d === f || f.endsWith(`.${d}`) || d.endsWith(`.${f}`));
}

/**
 * mailauth's verifier spends about 0.13 ms per header line (3 s on a hostile 25,000-line References header); real
 * mail, even after many relays, has a few hundred lines.
 */
const MAX_DKIM_HEADER_LINES = 2_000;

const NO_SIGNATURE = 'no DKIM signature and no trusted Authentication-Results';

/**
 * The physical lines before the first empty line, counted up to one past the cap (folded continuations count: the
 * parser walks them), and whether one of them starts a DKIM-Signature field (RFC 6376 §3.5; the name is
 * case-insensitive and may be followed by blanks before the colon, RFC 5322 §4.5.3).
 */
function scanHeader(raw: Buffer): { lines: number; dkimSignature: boolean } {
  let lines = 0;
  let dkimSignature = false;
  let start = 0;
  for (;;) {
    const end = raw.indexOf(10, start);
    const line = raw.subarray(start, end < 0 ? raw.length : end);
    if (line.length === 0 || (line.length === 1 && line[0] === 13)) return { lines, dkimSignature };
    lines++;
    if (!dkimSignature && (line[0] === 0x44 || line[0] === 0x64) && DKIM_SIGNATURE_FIELD.test(line.subarray(0, 40).toString('latin1'))) dkimSignature = true;
    if (end < 0 || lines > MAX_DKIM_HEADER_LINES) return { lines, dkimSignature };
    start = end + 1;
  }
}

const DKIM_SIGNATURE_FIELD = /^dkim-signature[ \t]*:/i;

/** Replaces extraction's "DKIM not checked" finding (see ingest/extract/index.ts DKIM_NOT_CHECKED) with what the check found. */
function withFailedVerdict(parsed: ParsedCase, details: string): ParsedCase {
  return {
    ...parsed,
    authentication: { verdict: 'fail', source: 'DKIM', details },
    findings: sortFindings([
      ...parsed.findings.filter((f) => f.code !== 'sender_unauthenticated'),
      makeFinding('sender_unauthenticated', `The sender could not be authenticated: ${details}.`),
    ]),
  };
}
