/**
 * Live accuracy (issue 11): from counts of cases and of staff corrections over a window, the share of cases of
 * each kind whose value at each path staff corrected, and the share staff reclassified. Pure, so /metrics and
 * the supervisors' status card say the same thing.
 */

/** The counts a statistics port returns for one window (core/ports.ts CorrectionCounts). */
export interface CorrectionCountsInput {
  casesByKind: Record<string, number>;
  reclassifiedByKind: Record<string, number>;
  correctedByKindAndPath: Record<string, Record<string, number>>;
}

export interface KindAccuracy {
  kind: string;
  cases: number;
  reclassified: number;
  /** reclassified / cases (0 when no cases). */
  reclassifiedShare: number;
  /** Per corrected path, most corrected first. */
  fields: { path: string; corrected: number; share: number }[];
}

/** One reclassification of one case: its kind before and after, at the case version it was made at. */
export interface KindChange {
  caseId: string;
  from: string;
  to: string;
  version: number;
}

/**
 * Moves each reclassified case from the kind it has now back to the kind extraction gave it, and counts it as
 * reclassified there once, however many times staff changed its kind. A case reclassified twice (A → B → C) is
 * one case of A, not also a case of B; a case staff moved back to the kind extraction gave (A → B → A) was not
 * given a wrong kind and counts as an ordinary case of A.
 */
export function countByExtractedKind(
  casesByCurrentKind: Record<string, number>,
  changes: readonly KindChange[],
): Pick<CorrectionCountsInput, 'casesByKind' | 'reclassifiedByKind'> {
  const casesByKind = { ...casesByCurrentKind };
  const reclassifiedByKind: Record<string, number> = {};
  const byCase = new Map<string, KindChange[]>();
  for (const change of changes) byCase.set(change.caseId, [...(byCase.get(change.caseId) ?? []), change]);
  for (const chain of byCase.values()) {
    chain.sort((a, b) => a.version - b.version);
    const extracted = chain[0]!.from;
    const current = chain[chain.length - 1]!.to;
    if (extracted === current) continue;
    casesByKind[current] = Math.max(0, (casesByKind[current] ?? 0) - 1);
    if (casesByKind[current] === 0) delete casesByKind[current];
    casesByKind[extracted] = (casesByKind[extracted] ?? 0) + 1;
    reclassifiedByKind[extracted] = (reclassifiedByKind[extracted] ?? 0) + 1;
  }
  return { casesByKind, reclassifiedByKind };
}

const share = (n: number, of: number): number => (of > 0 ? Math.min(1, n / of) : 0);

/** One row per kind that had cases or corrections in the window, kinds with the most cases first. */
export function computeCorrectionShares(counts: CorrectionCountsInput): KindAccuracy[] {
  const kinds = new Set([...Object.keys(counts.casesByKind), ...Object.keys(counts.reclassifiedByKind), ...Object.keys(counts.correctedByKindAndPath)]);
  return [...kinds]
    .map((kind) => {
      const corrected = counts.correctedByKindAndPath[kind] ?? {};
      // A case corrected in the window may have arrived before it: never report more than all of them.
      const cases = Math.max(counts.casesByKind[kind] ?? 0, counts.reclassifiedByKind[kind] ?? 0, ...Object.values(corrected));
      const reclassified = counts.reclassifiedByKind[kind] ?? 0;
      return {
        kind,
        cases,
        reclassified,
        reclassifiedShare: share(reclassified, cases),
        fields: Object.entries(corrected)
          .map(([path, n]) => ({ path, corrected: n, share: share(n, cases) }))
          .sort((a, b) => b.corrected - a.corrected || a.path.localeCompare(b.path)),
      };
    })
    .sort((a, b) => b.cases - a.cases || a.kind.localeCompare(b.kind));
}
