import type { Finding, ParsedCase } from '../case.js';
import { isScanPending, makeFinding } from '../findings.js';
import { finaliseCase, getPath, isEmpty } from './finalise-case.js';
import { mergeReply } from './merge-reply.js';
import { reclassifyParsedCase, withoutOwnChecks } from './reclassify.js';

/**
 * Findings only a reading of the scan can settle: ingest stored the case with `scan_pending` and without the
 * scan's signature verdict; the OCR service's reading of the same email replaces all of them with its own.
 */
const SCAN_CODES = new Set<string>(['scan_pending', 'scan_unreadable', 'missing_signature']);

export { isScanPending };

/**
 * The stored case with what the OCR service read from its email's scanned forms (`readings`: each stored email of
 * the case extracted again, this time with OCR). Only what is still empty is filled (as a reply fills a case), so a
 * value a person typed or corrected before the scan was read stays as they left it; a filled value keeps its
 * "read from a scan" evidence and OCR confidence, and a value the scan gives for something already set stays a
 * hint at most. A case nobody has classified takes the kind the scan makes clear. The scan's own findings
 * (unreadable pages, the signature box) replace `scan_pending`, and the kind's checks are judged again.
 */
export function applyScanReading(stored: ParsedCase, readings: readonly ParsedCase[], correctedPaths: readonly string[] = []): ParsedCase {
  // A value staff corrected (even to empty) is theirs: the scan does not fill it back in.
  readings = readings.map((r) => withoutPaths(r, correctedPaths));
  const readKind = readings.find((r) => r.kind !== 'unclassified')?.kind;
  let merged = stored.kind === 'unclassified' && readKind ? reclassifyParsedCase(stored, readKind) : stored;
  const scanFindings: Finding[] = readings.flatMap((r) => r.findings.filter((f) => SCAN_CODES.has(f.code) && f.code !== 'scan_pending'));
  // The email is gone (retention) or no longer reads: nothing was filled, and a person has to look.
  if (readings.length === 0) scanFindings.push(makeFinding('scan_unreadable', 'The scanned form could not be read again by OCR: read it by hand.'));
  const kept = withoutOwnChecks(merged).filter((f) => !SCAN_CODES.has(f.code));
  for (const read of readings) {
    const filled = mergeReply({ ...merged, findings: kept }, read);
    // A hint stands only for a value still empty: one the scan filled in is no longer a candidate.
    const stillHinted = (filled.hints ?? []).filter((h) => isEmpty(getPath(filled, h.path)));
    const hinted = new Set(stillHinted.map((h) => h.path));
    const newHints = (read.hints ?? []).filter((h) => !hinted.has(h.path) && isEmpty(getPath(filled, h.path)));
    merged = {
      ...filled,
      // The stored confidence stands for the values the case already had; a value the scan filled has the scan's.
      confidence: { ...(read.confidence ?? {}), ...(merged.confidence ?? {}) },
      hints: [...stillHinted, ...newHints],
    };
  }
  return finaliseCase({ ...merged, findings: [...kept, ...scanFindings] });
}

/** A copy of `parsed` without the values (and their evidence) at `paths` ("fields.nominee.email"). */
function withoutPaths(parsed: ParsedCase, paths: readonly string[]): ParsedCase {
  if (paths.length === 0) return parsed;
  const copy = structuredClone(parsed);
  for (const path of paths) {
    const parts = path.split('.');
    const last = parts.pop()!;
    const parent = getPath(copy, parts.join('.'));
    if (parts.length > 0 && typeof parent === 'object' && parent !== null && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[last];
    delete copy.evidence[path];
    if (copy.confidence) delete copy.confidence[path];
  }
  copy.hints = (copy.hints ?? []).filter((h) => !paths.includes(h.path));
  return copy;
}
