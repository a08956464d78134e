import { describe, expect, it } from 'vitest';
import { finaliseCase } from '../../../core/domain/cases/finalise-case.js';
import { editCase, listEditableFields } from '../../../core/domain/cases/edit-case.js';
import type { ParsedCase } from '../../../core/domain/case.js';

function nomination(overrides: Partial<ParsedCase> = {}): ParsedCase {
  return finaliseCase({
    mailbox: 'portalenquiries',
    kind: 'user_admin_nomination',
    ignored: null,
    messageId: null,
    from: { name: 'Jo Bloggs', email: 'jo.bloggs@nhs.net' },
    subject: 'New PL user administrator',
    caseRef: null,
    receivedAt: '2026-11-21T09:14:00.000Z',
    organisation: { odsCode: 'A81001', name: 'Riverside Surgery', type: 'gp_practice' },
    fields: { service: 'PL', nominee: { name: 'Kiran Patel', email: 'k.patel@gmail.com' }, approver: null },
    missing: [],
    findings: [{ code: 'sender_unauthenticated', severity: 'error', message: 'kept from extraction' }],
    evidence: {},
    ...overrides,
  });
}

describe('editCase (issue 11: staff correct a case)', () => {
  it('lists every value of the kind, the organisation code first, an absent approver as its empty values', () => {
    const paths = listEditableFields(nomination()).map((f) => f.path);
    expect(paths).toEqual([
      'organisation.odsCode', 'fields.service', 'fields.nominee.name', 'fields.nominee.email',
      'fields.approver.name', 'fields.approver.email', 'fields.approver.role', 'fields.existingAdminCount',
    ]);
    expect(listEditableFields(nomination()).find((f) => f.path === 'fields.nominee.email')?.value).toBe('k.patel@gmail.com');
  });

  it('corrects a wrong nominee address: normalised by the schema, findings recomputed, extraction findings kept', () => {
    const before = nomination({ fields: { service: 'PL', nominee: { name: 'Kiran Patel', email: 'k.patel@gmail.com' }, approver: null, existingAdminCount: 4 } });
    expect(before.findings.map((f) => f.code)).toContain('admin_limit_reached');
    const result = editCase(before, { 'fields.nominee.email': '  K.Patel@NHS.net ', 'fields.service': 'PL', 'fields.existingAdminCount': '3' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.fields).toMatchObject({ nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' } });
    expect(result.changes).toEqual([
      { path: 'fields.nominee.email', from: 'k.patel@gmail.com', to: 'k.patel@nhs.net' },
      { path: 'fields.existingAdminCount', from: 4, to: 3 },
    ]);
    expect(result.parsed.findings.map((f) => f.code)).not.toContain('admin_limit_reached');
    expect(result.parsed.findings.map((f) => f.code)).toContain('sender_unauthenticated');
  });

  it('refuses a value that is not an address or not in the enum, and changes nothing', () => {
    expect(editCase(nomination(), { 'fields.nominee.email': 'not an address' })).toEqual({ ok: false, reason: 'value_invalid', paths: ['fields.nominee.email'] });
    expect(editCase(nomination(), { 'fields.service': 'XYZ' })).toMatchObject({ ok: false, reason: 'value_invalid' });
  });

  it('refuses to empty a required value, and says when nothing changed', () => {
    expect(editCase(nomination(), { 'fields.nominee.name': '' })).toEqual({ ok: false, reason: 'required_missing', paths: ['fields.nominee.name'] });
    expect(editCase(nomination(), { 'fields.nominee.email': 'k.patel@gmail.com' })).toEqual({ ok: false, reason: 'no_changes' });
    expect(editCase(nomination(), { 'no.such.path': 'x' })).toEqual({ ok: false, reason: 'no_changes' });
  });

  it('corrects the organisation code (type follows the code, ods_invalid recomputed) and takes a count typed as text', () => {
    const bad = nomination({ organisation: { odsCode: '7731-X', name: null, type: 'other' } });
    expect(bad.findings.map((f) => f.code)).toContain('ods_invalid');
    const result = editCase(bad, { 'organisation.odsCode': 'a81 001', 'fields.existingAdminCount': '2' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.parsed.organisation).toMatchObject({ odsCode: 'A81001', type: 'gp_practice' });
    expect(result.parsed.fields.existingAdminCount).toBe(2);
    expect(result.parsed.findings.map((f) => f.code)).not.toContain('ods_invalid');
    expect(result.changes.map((c) => c.path)).toEqual(['organisation.odsCode', 'fields.existingAdminCount']);
  });

  it('takes a list one item a line', () => {
    const c = finaliseCase({ ...nomination(), kind: 'role_removal_request', fields: { username: 'kpatel', roles: ['A'] } });
    const result = editCase(c, { 'fields.roles': 'Role one\nRole two, Role three' });
    expect(result.ok && result.parsed.fields.roles).toEqual(['Role one', 'Role two', 'Role three']);
  });
});
