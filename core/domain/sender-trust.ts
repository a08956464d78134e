import type { CaseKind, Finding, ParsedCase } from './case.js';
import type { DirectoryFacts, DirectoryOrganisation } from './directory-facts.js';
import { dedupeFindings, makeFinding, sortFindings } from './findings.js';
import { ADDRESS_LIKE, getEmailDomain, INVISIBLE_CHARACTERS as INVISIBLE } from './people.js';

/**
 * Who may ask for a change to who can access an organisation or its mail (docs/decisions/0005).
 * One policy for every such kind, so no kind can forget it: the sender must be authenticated
 * (a trusted Authentication-Results pass, or an aligned DKIM signature checked at ingest) AND be
 * either at nhs.net exactly or at an address or domain the directory already holds for that
 * organisation. A kind may add stricter rules of its own (Open Exeter permissions, own-account links).
 */
export const ACCESS_CHANGING_KINDS: ReadonlySet<CaseKind> = new Set<CaseKind>([
  'user_admin_nomination',
  'main_contact_change',
  'main_contact_extension',
  'practice_email_update',
  'branch_setup',
  'open_exeter_primary_user_request',
  'open_exeter_additional_permissions',
  'open_exeter_new_user_authorisation',
  'account_reactivation',
  // Unlocking gives a locked-out sign-in back, as a reactivation does: asked from a personal mailbox or an IT
  // helpdesk's own domain, it is someone other than the account's owner asking.
  'account_unlock',
  'verification_link_resend',
]);

/** The finding codes this policy owns: reviewCase recomputes them with the directory instead of keeping the stored ones. */
export const SENDER_TRUST_CODES: ReadonlySet<string> = new Set(['sender_not_nhs', 'sender_not_known_for_organisation']);

/**
 * NHSmail is the one domain nhs.net (docs/domain.md); a subdomain (mail.nhs.net, x.nhs.net) is not NHSmail and
 * anyone who controls its DNS can pass authentication for it. A trailing root dot names the same domain.
 */
export function isNhsmailAddress(email: string | null): boolean {
  if (!email) return false;
  const at = email.lastIndexOf('@');
  if (at <= 0) return false;
  return email.slice(at + 1).toLowerCase().replace(/\.$/, '') === 'nhs.net';
}

/**
 * Webmail providers: a practice that once gave a Gmail address does not make every Gmail user its
 * sender, so for these only the exact address the directory holds counts, never the domain.
 */
const SHARED_MAIL_DOMAINS = /^(gmail\.com|googlemail\.com|outlook\.com|hotmail\.(com|co\.uk)|live\.(com|co\.uk)|msn\.com|yahoo\.(com|co\.uk)|ymail\.com|icloud\.com|me\.com|aol\.com|btinternet\.com|sky\.com|virginmedia\.com|talktalk\.net|protonmail\.com|proton\.me|gmx\.(com|co\.uk)|mail\.com|nhs\.net)$/;

/**
 * True when the directory holds this address for the organisation, or the sender shares the domain of the
 * organisation's own address (outside shared webmail). A main contact's address counts only exactly: it may be
 * personal, and its domain says nothing about the organisation.
 */
export function isKnownForOrganisation(email: string, org: DirectoryOrganisation): boolean {
  const sender = email.trim().toLowerCase();
  const known = [org.email, org.mainContact?.email].filter((e): e is string => !!e).map((e) => e.trim().toLowerCase());
  if (known.includes(sender)) return true;
  const domain = getEmailDomain(sender);
  return !!domain && !!org.email && !SHARED_MAIL_DOMAINS.test(domain) && getEmailDomain(org.email) === domain;
}

/**
 * The policy's findings for a case. `facts` is null where there is no directory (`pcse parse`): a
 * sender off nhs.net then gets `sender_not_nhs` saying the directory was not consulted, because "not
 * checked" must never read as "fine". Authentication itself is judged where the message is read
 * (sender-auth at extraction, DKIM at ingest); here only its absence is turned into a finding, once.
 */
export function checkSenderTrust(parsed: ParsedCase, facts: DirectoryFacts | null): Finding[] {
  if (!ACCESS_CHANGING_KINDS.has(parsed.kind) || parsed.ignored) return [];
  const findings: Finding[] = [];
  const email = parsed.from.email;
  const verdict = parsed.authentication?.verdict ?? 'none';
  if (verdict !== 'pass' && !parsed.findings.some((f) => f.code === 'sender_unauthenticated')) {
    findings.push(makeFinding('sender_unauthenticated', 'The sender was not authenticated, and this request changes who can access an organisation.'));
  }
  if (!email) {
    if (parsed.findings.some((f) => f.code === 'sender_not_nhs')) return findings;
    findings.push(makeFinding('sender_not_nhs', 'The sender\u2019s address could not be read, so it cannot be trusted to ask for an access change.'));
    return findings;
  }
  if (isNhsmailAddress(email)) return findings;
  // A kind stricter than the policy (Open Exeter permissions) has already said the sender is not NHS.
  if (parsed.findings.some((f) => f.code === 'sender_not_nhs')) return findings;
  const domain = getEmailDomain(email) ?? '';
  const nhsSubdomain = domain.endsWith('.nhs.net') ? ` (${domain} is not NHSmail: only nhs.net itself is)` : '';
  if (!facts || !facts.loaded) {
    findings.push(makeFinding('sender_not_nhs', `The sender ${email} is not at nhs.net${nhsSubdomain}, and no directory was available to check whether the organisation uses this address or domain.`));
    return findings;
  }
  const code = parsed.organisation?.odsCode?.toUpperCase() ?? null;
  const org = code ? facts.organisations[code] : undefined;
  if (!org) {
    findings.push(makeFinding('sender_not_nhs', `The sender ${email} is not at nhs.net${nhsSubdomain}, and the directory holds no organisation for this request to know it by.`));
    return findings;
  }
  if (isKnownForOrganisation(email, org)) return findings;
  findings.push(
    verdict === 'pass'
      ? makeFinding('sender_not_known_for_organisation', `The sender ${email} is authenticated for ${domain}, but ${domain} is not nhs.net${nhsSubdomain} and the directory does not hold this address or domain for ${org.odsCode}.`)
      : makeFinding('sender_not_nhs', `The sender ${email} is not at nhs.net${nhsSubdomain}, and the directory does not hold this address or domain for ${org.odsCode}.`),
  );
  return findings;
}

/**
 * The case with the policy's findings judged again against the directory (ingest, once the directory is
 * read): what `pcse parse` could only call "not checked" becomes a verdict either way.
 */
export function applySenderTrust(parsed: ParsedCase, facts: DirectoryFacts): ParsedCase {
  const kept = withoutOfflineTrustFindings(parsed);
  return { ...parsed, findings: sortFindings(dedupeFindings([...kept, ...checkSenderTrust({ ...parsed, findings: kept }, facts.loaded ? facts : null)])) };
}

/** The case's findings less those the policy raised without a directory (a kind's own stricter findings stay). */
export function withoutOfflineTrustFindings(parsed: ParsedCase): Finding[] {
  const others = { ...parsed, findings: parsed.findings.filter((f) => !SENDER_TRUST_CODES.has(f.code)) };
  const offline = new Set(checkSenderTrust(others, null).filter((f) => SENDER_TRUST_CODES.has(f.code)).map((f) => `${f.code}\u0000${f.message}`));
  return parsed.findings.filter((f) => !offline.has(`${f.code}\u0000${f.message}`));
}

/**
 * A display name made safe to show and to log: an email's display name is the sender's free text, and
 * people read "jo.bloggs@nhs.net <evil@x.com>" as the address. Controls and bidi characters go (they can
 * reorder what staff read, or break a header line); anything shaped like an address or domain is replaced,
 * so only the real address, shown beside it, names where the mail came from. Null when nothing is left.
 */
export function neutraliseDisplayName(name: string | null): string | null {
  if (!name) return null;
  const cleaned = name.replace(INVISIBLE, ' ').replace(ADDRESS_LIKE, '[address removed]').replace(/\s+/g, ' ').trim();
  return cleaned && cleaned !== '[address removed]' ? cleaned : null;
}

