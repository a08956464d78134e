import { describe, expect, it } from 'vitest';
import { applyReply, mergeReply } from '../../../core/domain/cases/merge-reply.js';
import { finaliseCase } from '../../../core/domain/cases/index.js';
import { makeDraft } from './case-builders.js';

const USER = { name: 'Sam Lee', email: 'sam.lee@nhs.net', username: 'SLEE01' };
const SIGNATORY = { name: 'Dr Jo Bloggs', email: 'jo.bloggs@nhs.net', role: 'lead_gp' };

/** An additional-permissions case that arrived without its list of permissions. */
function withoutPermissions() {
  return finaliseCase(makeDraft('open_exeter_additional_permissions', { user: USER, permissions: [], signatory: SIGNATORY }));
}

describe('mergeReply', () => {
  it('keeps an empty required list missing when the reply does not fill it', () => {
    const original = withoutPermissions();
    expect(original.missing).toEqual(['fields.permissions']);
    const reply = makeDraft('open_exeter_additional_permissions', { permissions: [] }, { organisation: null });
    const outcome = applyReply(original, original.findings, reply, []);
    expect(outcome.parsed.missing).toEqual(['fields.permissions']);
    expect(outcome.state).toBe('needs_information');
  });

  it('fills an empty required list from the reply and then awaits approval', () => {
    const original = withoutPermissions();
    const reply = makeDraft('open_exeter_additional_permissions', { permissions: ['Cytology results'] }, { organisation: null, evidence: { 'fields.permissions': 'Cytology results' } });
    const outcome = applyReply(original, original.findings, reply, []);
    expect(outcome.parsed.fields.permissions).toEqual(['Cytology results']);
    expect(outcome.parsed.missing).toEqual([]);
    expect(outcome.parsed.evidence['fields.permissions']).toBe('Cytology results');
    expect(outcome.state).toBe('awaiting_approval');
  });

  it('never overwrites a value the approver already saw', () => {
    const original = finaliseCase(makeDraft('open_exeter_additional_permissions', { user: { ...USER, username: null }, permissions: ['Cytology results'], signatory: SIGNATORY }));
    expect(original.missing).toEqual(['fields.user.username']);
    const reply = makeDraft('open_exeter_additional_permissions', { user: { name: 'Someone Else', username: 'SLEE01' }, permissions: ['Everything'] }, { organisation: null });
    const merged = mergeReply(original, reply);
    expect(merged.fields).toMatchObject({ user: { name: 'Sam Lee', username: 'SLEE01' }, permissions: ['Cytology results'] });
    expect(merged.missing).toEqual([]);
  });

  it('merges the findings of both emails once each', () => {
    const original = withoutPermissions();
    const finding = { code: 'message_id_reused', severity: 'warning' as const, message: 'm' };
    const outcome = applyReply(original, [finding], makeDraft('open_exeter_additional_permissions', {}), [finding]);
    expect(outcome.findings).toEqual([finding]);
    expect(outcome.parsed.findings).toEqual([finding]);
  });
});
