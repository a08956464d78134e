import { describe, expect, it } from 'vitest';
import { CASE_STATES, type CaseState } from '../../../core/domain/case.js';
import { REFUSAL_REASONS, authoriseDecision, countApprovals, describeRefusal, editorsOfCurrentValues, isApprovalComplete, requiredApprovals, type DecisionRequest } from '../../../core/domain/decisions.js';
import { canTransition, statesLeadingTo } from '../../../core/domain/lifecycle.js';

const STAFF = { tenantId: 'tenant-pcse', staff: ['alice', 'bob'], supervisors: ['sup'] };
const request = (overrides: Partial<DecisionRequest> = {}): DecisionRequest => ({
  verb: 'approve',
  actor: { aadObjectId: 'alice', tenantId: 'tenant-pcse', email: { kind: 'address', address: 'alice@nhs.net' } },
  caseKind: 'account_unlock',
  requesterEmail: 'jo.bloggs@nhs.net',
  priorApprovals: [],
  phoneVerified: false,
  staff: STAFF,
  ...overrides,
});

describe('authoriseDecision', () => {
  it('approves a standard case in one step', () => {
    expect(authoriseDecision(request())).toEqual({ ok: true, complete: true });
    expect(authoriseDecision(request({ actor: { aadObjectId: 'sup', tenantId: 'tenant-pcse' } }))).toEqual({ ok: true, complete: true });
  });

  it('needs two different approvers for high-risk kinds', () => {
    for (const caseKind of ['user_admin_nomination', 'main_contact_change', 'open_exeter_primary_user_request'] as const) {
      expect(requiredApprovals(caseKind)).toBe(2);
      expect(authoriseDecision(request({ caseKind }))).toEqual({ ok: true, complete: false });
      expect(authoriseDecision(request({ caseKind, priorApprovals: ['bob'] }))).toEqual({ ok: true, complete: true });
      expect(authoriseDecision(request({ caseKind, priorApprovals: ['alice'] }))).toEqual({ ok: false, reason: 'already_approved_by_you' });
    }
    expect(requiredApprovals('account_unlock')).toBe(1);
  });

  it('four-eyes after an edit: an editor never completes a case alone, and is at most one of two approvers', () => {
    expect(authoriseDecision(request({ editors: ['alice'] }))).toEqual({ ok: false, reason: 'edited_by_you' });
    expect(authoriseDecision(request({ editors: ['bob'] }))).toEqual({ ok: true, complete: true });
    // Override reasons and phone checks come after the conflict of interest, so the editor learns the real obstacle.
    expect(authoriseDecision(request({ editors: ['alice'], caseKind: 'branch_setup', errorFindings: 1 }))).toEqual({ ok: false, reason: 'edited_by_you' });
    const caseKind = 'main_contact_change';
    expect(authoriseDecision(request({ caseKind, editors: ['alice'] }))).toEqual({ ok: true, complete: false });
    expect(authoriseDecision(request({ caseKind, editors: ['alice'], priorApprovals: ['bob'] }))).toEqual({ ok: true, complete: true });
    expect(authoriseDecision(request({ caseKind, editors: ['alice', 'bob'], priorApprovals: ['bob'] }))).toEqual({ ok: false, reason: 'edited_by_you' });
    expect(authoriseDecision(request({ caseKind, editors: ['bob'], priorApprovals: ['bob'] }))).toEqual({ ok: true, complete: true });
    // Two editors approved (racing past each other's check): a third, non-editing approver still completes it.
    expect(authoriseDecision(request({ caseKind, editors: ['bob', 'sup'], priorApprovals: ['bob', 'sup'] }))).toEqual({ ok: true, complete: true });
  });

  it('the editors are whoever corrected each current value last', () => {
    expect(editorsOfCurrentValues([])).toEqual([]);
    expect(editorsOfCurrentValues([{ actor: 'alice', paths: ['fields.a'] }, { actor: 'bob', paths: ['fields.b'] }]).sort()).toEqual(['alice', 'bob']);
    expect(editorsOfCurrentValues([{ actor: 'alice', paths: ['fields.a'] }, { actor: 'bob', paths: ['fields.a'] }])).toEqual(['bob']);
    expect(editorsOfCurrentValues([{ actor: 'alice', paths: ['fields.a', 'fields.b'] }, { actor: 'bob', paths: ['fields.a'] }]).sort()).toEqual(['alice', 'bob']);
  });

  it('refuses other tenants and non-staff before anything else', () => {
    expect(authoriseDecision(request({ actor: { aadObjectId: 'alice', tenantId: 'other' } }))).toEqual({ ok: false, reason: 'wrong_tenant' });
    expect(authoriseDecision(request({ actor: { aadObjectId: 'mallory', tenantId: 'tenant-pcse' } }))).toEqual({ ok: false, reason: 'not_staff' });
  });

  it('refuses a decision on one\u2019s own request, whatever the case of the address', () => {
    const own = request({ actor: { aadObjectId: 'alice', tenantId: 'tenant-pcse', email: { kind: 'address', address: 'Jo.Bloggs@NHS.net ' } } });
    expect(authoriseDecision(own)).toEqual({ ok: false, reason: 'own_request' });
    expect(authoriseDecision({ ...own, verb: 'reject', reason: 'x' })).toEqual({ ok: false, reason: 'own_request' });
    expect(authoriseDecision({ ...own, verb: 'request_info', reason: 'which?' })).toEqual({ ok: true, complete: true });
  });

  it('an email Teams could not confirm blocks approving and editing only; none on record blocks nothing', () => {
    const unconfirmed = request({ actor: { aadObjectId: 'alice', tenantId: 'tenant-pcse', email: { kind: 'unconfirmed' } } });
    expect(authoriseDecision(unconfirmed)).toEqual({ ok: false, reason: 'identity_unconfirmed' });
    expect(authoriseDecision({ ...unconfirmed, verb: 'edit' })).toEqual({ ok: false, reason: 'identity_unconfirmed' });
    expect(authoriseDecision({ ...unconfirmed, verb: 'reject', reason: 'x' })).toEqual({ ok: true, complete: true });
    expect(authoriseDecision({ ...unconfirmed, verb: 'request_info', reason: 'which?' })).toEqual({ ok: true, complete: true });
    expect(authoriseDecision(request({ actor: { aadObjectId: 'alice', tenantId: 'tenant-pcse', email: { kind: 'none' } } }))).toEqual({ ok: true, complete: true });
  });

  it('requires the phone check for main contact extensions and branch set-ups', () => {
    for (const caseKind of ['main_contact_extension', 'branch_setup'] as const) {
      expect(authoriseDecision(request({ caseKind }))).toEqual({ ok: false, reason: 'phone_verification_required' });
      expect(authoriseDecision(request({ caseKind, phoneVerified: true }))).toEqual({ ok: true, complete: true });
    }
  });

  it('requires a reason to reject or ask, a kind to reclassify, and refuses to approve unclassified mail', () => {
    expect(authoriseDecision(request({ verb: 'reject' }))).toEqual({ ok: false, reason: 'reason_required' });
    expect(authoriseDecision(request({ verb: 'reject', reason: '  ' }))).toEqual({ ok: false, reason: 'reason_required' });
    expect(authoriseDecision(request({ verb: 'reject', reason: 'Not signed' }))).toEqual({ ok: true, complete: true });
    expect(authoriseDecision(request({ verb: 'request_info' }))).toEqual({ ok: false, reason: 'reason_required' });
    expect(authoriseDecision(request({ verb: 'reclassify' }))).toEqual({ ok: false, reason: 'kind_required' });
    expect(authoriseDecision(request({ verb: 'reclassify', newKind: 'account_unlock', caseKind: 'unclassified' }))).toEqual({ ok: true, complete: true });
    expect(authoriseDecision(request({ caseKind: 'unclassified' }))).toEqual({ ok: false, reason: 'not_executable' });
  });

  it('refuses a decision on a case that has moved on', () => {
    expect(authoriseDecision(request({ state: 'approved' }))).toEqual({ ok: false, reason: 'wrong_state' });
    expect(authoriseDecision(request({ state: 'needs_information' }))).toEqual({ ok: false, reason: 'wrong_state' });
    expect(authoriseDecision(request({ state: 'awaiting_approval' }))).toEqual({ ok: true, complete: true });
    expect(authoriseDecision(request({ verb: 'request_info', reason: 'q', state: 'needs_information' }))).toEqual({ ok: true, complete: true });
  });

  it('explains every refusal in a distinct sentence', () => {
    const sentences = REFUSAL_REASONS.map(describeRefusal);
    expect(new Set(sentences).size).toBe(REFUSAL_REASONS.length);
    for (const s of sentences) expect(s).toMatch(/^[A-Z].+\.$/);
  });
});

describe('canTransition', () => {
  const allowed: [CaseState, CaseState][] = [
    ['needs_information', 'awaiting_approval'],
    ['needs_information', 'needs_information'],
    ['needs_information', 'rejected'],
    ['awaiting_approval', 'needs_information'],
    ['awaiting_approval', 'approved'],
    ['awaiting_approval', 'rejected'],
    ['approved', 'executed'],
    ['approved', 'failed'],
    ['executed', 'replied'],
    ['executed', 'failed'],
    ['failed', 'approved'],
    ['failed', 'awaiting_approval'],
    ['failed', 'rejected'],
  ];
  it('allows exactly the lifecycle\u2019s moves', () => {
    for (const from of CASE_STATES) {
      for (const to of CASE_STATES) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect(canTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });
  it('makes replied and rejected final, and never skips approval', () => {
    expect(CASE_STATES.some((s) => canTransition('replied', s) || canTransition('rejected', s))).toBe(false);
    expect(canTransition('awaiting_approval', 'executed')).toBe(false);
    expect(canTransition('needs_information', 'approved')).toBe(false);
  });
});

describe('statesLeadingTo', () => {
  it('is the lifecycle table read backwards', () => {
    for (const to of CASE_STATES) {
      expect(statesLeadingTo(to).sort()).toEqual(CASE_STATES.filter((from) => canTransition(from, to)).sort());
    }
    expect(statesLeadingTo('executed')).toEqual(['approved']);
  });
});

describe('countApprovals and isApprovalComplete', () => {
  const approve = (id: string, cardVersion = 3) => ({ verb: 'approve', cardVersion, actor: { aadObjectId: id } });
  it('counts each approver once, and only approvals of the version shown', () => {
    const decisions = [approve('a'), approve('a'), approve('b', 2), { verb: 'reject', cardVersion: 3, actor: { aadObjectId: 'c' } }, approve('d')];
    expect(countApprovals(decisions, 3)).toEqual(['a', 'd']);
  });
  it('needs two different people for a high-risk kind and one otherwise', () => {
    expect(isApprovalComplete('user_admin_nomination', ['a'])).toBe(false);
    expect(isApprovalComplete('user_admin_nomination', ['a', 'a'])).toBe(false);
    expect(isApprovalComplete('user_admin_nomination', ['a', 'b'])).toBe(true);
    expect(isApprovalComplete('account_unlock', ['a'])).toBe(true);
    expect(isApprovalComplete('account_unlock', [])).toBe(false);
  });
  it('is never complete when every approver edited the current values', () => {
    expect(isApprovalComplete('account_unlock', ['a'], ['a'])).toBe(false);
    expect(isApprovalComplete('account_unlock', ['a'], ['b'])).toBe(true);
    expect(isApprovalComplete('user_admin_nomination', ['a', 'b'], ['a', 'b'])).toBe(false);
    expect(isApprovalComplete('user_admin_nomination', ['a', 'b'], ['a'])).toBe(true);
  });
});
