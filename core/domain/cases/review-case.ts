import type { Finding, ParsedCase } from '../case.js';
import type { DirectoryFacts, DirectoryLookups } from '../directory-facts.js';
import { dedupeFindings, makeFinding, REVIEW_CODES, sortFindings } from '../findings.js';
import { parseCaseFields, safeChecks } from './finalise-case.js';
import { getCaseModule } from './registry.js';
import { checkSenderTrust, SENDER_TRUST_CODES } from '../sender-trust.js';

/**
 * The directory lookups reviewCase will read for this case, so the caller (bot, ingest worker)
 * asks the DirectoryReader for exactly these and puts the answers in DirectoryFacts.
 */
export function listDirectoryLookups(parsed: ParsedCase): DirectoryLookups {
  const module = getCaseModule(parsed.kind);
  const { fields } = parseCaseFields(module, parsed.fields);
  const wanted = safeLookups(() => module.lookups(parsed, fields));
  return {
    odsCodes: [...new Set(wanted.odsCodes.map((c) => c.toUpperCase()))],
    accounts: [...new Set(wanted.accounts.map((a) => a.toLowerCase()))],
    authorisedEmails: [...new Set(wanted.authorisedEmails.map((a) => a.toLowerCase()))],
  };
}

function safeLookups(run: () => DirectoryLookups): DirectoryLookups {
  try {
    return run();
  } catch {
    return { odsCodes: [], accounts: [], authorisedEmails: [] };
  }
}

/**
 * Every finding for the approver at review time: those stored with the case (extraction findings),
 * the content checks and the directory checks, de-duplicated and errors first. With an unloaded
 * directory the directory checks are replaced by one `directory_not_loaded` finding: we say we
 * did not check rather than guess.
 */
export function reviewCase(parsed: ParsedCase, facts: DirectoryFacts): Finding[] {
  const module = getCaseModule(parsed.kind);
  const { fields } = parseCaseFields(module, parsed.fields);
  // What an earlier review found (stored at ingest) is judged again, not kept: after an edit corrects the ODS code,
  // a reply supplies what was missing or the directory changes, the old verdict would be wrong on the card. The
  // sender-trust policy is judged again too, with the directory when it is loaded (a kind's own stricter
  // sender_not_nhs comes back from checkContent below).
  const findings: Finding[] = (parsed.findings ?? []).filter((f) => !SENDER_TRUST_CODES.has(f.code) && !REVIEW_CODES.has(f.code));
  findings.push(...safeChecks(() => module.checkContent(parsed, fields)));

  if (module.kind === 'unclassified') {
    // Nothing in the directory to check.
  } else if (!facts.loaded) {
    findings.push(makeFinding('directory_not_loaded', 'The directory has not been imported yet, so organisation and account checks were not made.'));
  } else {
    findings.push(...safeChecks(() => module.checkDirectory(parsed, fields, facts)));
  }
  findings.push(...checkSenderTrust({ ...parsed, findings }, facts.loaded ? facts : null));
  return sortFindings(dedupeFindings(findings));
}
