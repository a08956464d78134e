import { describe, expect, it } from 'vitest';
import { computeCorrectionShares, countByExtractedKind } from '../../../core/domain/correction-shares.js';

describe('computeCorrectionShares (live accuracy)', () => {
  it('gives per kind the share of cases reclassified and of each value corrected, most cases and most corrected first', () => {
    const rows = computeCorrectionShares({
      casesByKind: { user_admin_nomination: 10, account_unlock: 4 },
      reclassifiedByKind: { account_unlock: 1 },
      correctedByKindAndPath: { user_admin_nomination: { 'fields.nominee.email': 3, 'organisation.odsCode': 1 } },
    });
    expect(rows).toEqual([
      {
        kind: 'user_admin_nomination', cases: 10, reclassified: 0, reclassifiedShare: 0,
        fields: [{ path: 'fields.nominee.email', corrected: 3, share: 0.3 }, { path: 'organisation.odsCode', corrected: 1, share: 0.1 }],
      },
      { kind: 'account_unlock', cases: 4, reclassified: 1, reclassifiedShare: 0.25, fields: [] },
    ]);
  });

  it('never reports a share above 1 or divides by zero', () => {
    const [row] = computeCorrectionShares({ casesByKind: {}, reclassifiedByKind: {}, correctedByKindAndPath: { branch_setup: { 'fields.branch.name': 2 } } });
    expect(row).toMatchObject({ kind: 'branch_setup', cases: 2, fields: [{ share: 1 }] });
    expect(computeCorrectionShares({ casesByKind: {}, reclassifiedByKind: {}, correctedByKindAndPath: {} })).toEqual([]);
  });
});

describe('countByExtractedKind (reclassified cases count under the kind extraction gave them)', () => {
  it('follows a case reclassified twice from its first kind to its last, whatever order the rows come in', () => {
    const counts = countByExtractedKind({ role_removal_request: 2, account_unlock: 1 }, [
      { caseId: 'c1', from: 'account_unlock', to: 'role_removal_request', version: 2 },
      { caseId: 'c1', from: 'unclassified', to: 'account_unlock', version: 1 },
      { caseId: 'c2', from: 'unclassified', to: 'role_removal_request', version: 1 },
    ]);
    expect(counts).toEqual({ casesByKind: { unclassified: 2, account_unlock: 1 }, reclassifiedByKind: { unclassified: 2 } });
  });

  it('a case moved back to the kind extraction gave is an ordinary case of that kind', () => {
    const counts = countByExtractedKind({ account_unlock: 1 }, [
      { caseId: 'c1', from: 'account_unlock', to: 'role_removal_request', version: 1 },
      { caseId: 'c1', from: 'role_removal_request', to: 'account_unlock', version: 2 },
    ]);
    expect(counts).toEqual({ casesByKind: { account_unlock: 1 }, reclassifiedByKind: {} });
  });
});
