import { describe, expect, it } from 'vitest';
import { CASE_KINDS, ParsedCaseSchema } from '../../../core/domain/case.js';
import { CASE_MODULES, finaliseCase, listDirectoryLookups, reviewCase } from '../../../core/domain/cases/index.js';
import { DIRECTORY_NOT_LOADED } from '../../../core/domain/directory-facts.js';
import { makeDraft, makeFacts } from './case-builders.js';

describe('finaliseCase', () => {
  it.each(CASE_KINDS)('gives %s a complete fields shape from an empty draft, valid against the contract', (kind) => {
    const c = finaliseCase(makeDraft(kind, {}));
    expect(ParsedCaseSchema.safeParse(c).success).toBe(true);
    expect(CASE_MODULES[kind].fieldsSchema.safeParse(c.fields).success).toBe(true);
    // Every required field is reported missing except the organisation code the draft gave.
    expect(c.missing).toEqual(CASE_MODULES[kind].requiredFields.filter((p) => p !== 'organisation.odsCode'));
    expect(c.findings.some((f) => f.code === 'fields_invalid')).toBe(false);
  });

  it('fills absent keys with null and []', () => {
    expect(finaliseCase(makeDraft('user_admin_nomination', {})).fields).toEqual({
      service: null,
      nominee: { name: null, email: null },
      approver: null,
      existingAdminCount: null,
    });
    expect(finaliseCase(makeDraft('role_removal_request', {})).fields).toEqual({ username: null, roles: [] });
    expect(finaliseCase(makeDraft('branch_setup', {})).fields).toEqual({
      mainPractice: { odsCode: null, name: null, mainContact: { name: null, email: null }, address: null, phone: null },
      branch: { odsCode: null, name: null, address: null, phone: null, mainContact: { name: null, email: null, title: null } },
    });
  });

  it('normalises emails, names, codes and the sender', () => {
    const c = finaliseCase(
      makeDraft('main_contact_change', { newMainContact: { name: '  Kiran   Patel ', email: '<K.Patel@NHS.NET>' } }, {
        from: { name: ' Jo  Bloggs ', email: 'Jo.Bloggs@NHS.net' },
        organisation: { odsCode: ' a81 001', name: 'Riverside', type: 'other' },
      }),
    );
    expect(c.fields).toEqual({ newMainContact: { name: 'Kiran Patel', email: 'k.patel@nhs.net' } });
    expect(c.from).toEqual({ name: 'Jo Bloggs', email: 'jo.bloggs@nhs.net' });
    expect(c.organisation).toEqual({ odsCode: 'A81001', name: 'Riverside', type: 'gp_practice' });
    expect(c.missing).toEqual([]);
  });

  it('sets the organisation type from the code shape', () => {
    const c = finaliseCase(makeDraft('account_unlock', { username: 'x' }, { organisation: { odsCode: 'v012345', name: null, type: 'gp_practice' } }));
    expect(c.organisation?.type).toBe('dental_practice');
  });

  it('reports an invalid code and keeps it upper-case', () => {
    const c = finaliseCase(makeDraft('main_contact_change', {}, { organisation: { odsCode: 'zz12', name: null, type: 'other' } }));
    expect(c.organisation?.odsCode).toBe('ZZ12');
    expect(c.findings.map((f) => f.code)).toContain('ods_invalid');
  });

  it('reports ods_type_mismatch but accepts a practice stated for its branch code', () => {
    const mismatch = finaliseCase(makeDraft('main_contact_change', {}, { statedOrganisationType: 'pharmacy' }));
    expect(mismatch.findings[0]?.code).toBe('ods_type_mismatch');
    const branch = finaliseCase(makeDraft('main_contact_change', {}, { statedOrganisationType: 'gp_practice', organisation: { odsCode: 'A81001001', name: null, type: 'other' } }));
    expect(branch.findings.map((f) => f.code)).not.toContain('ods_type_mismatch');
  });

  it('checks codes inside the fields too', () => {
    const c = finaliseCase(makeDraft('main_contact_extension', { existingPractice: { odsCode: 'A81001' }, newPractice: { odsCode: 'nope1' } }));
    expect(c.findings.filter((f) => f.code === 'ods_invalid').map((f) => f.message)).toEqual([expect.stringContaining('NOPE1')]);
  });

  it('fills the top-level organisation from the main practice for organisation-level kinds', () => {
    const c = finaliseCase(makeDraft('branch_setup', { mainPractice: { odsCode: 'a81001', name: 'Riverside' } }, { organisation: null }));
    expect(c.organisation).toEqual({ odsCode: 'A81001', name: 'Riverside', type: 'gp_practice' });
  });

  it('salvages what fits when one value does not, with a finding', () => {
    const c = finaliseCase(makeDraft('user_admin_nomination', { service: 'XYZ', nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' } }));
    expect(c.fields).toMatchObject({ service: null, nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' } });
    expect(c.findings.map((f) => f.code)).toContain('fields_invalid');
    expect(c.missing).toContain('fields.service');
  });

  it('turns an unparseable fields value into the empty shape plus a finding, never throwing', () => {
    for (const fields of ['garbage', 42, [1, 2], null]) {
      const c = finaliseCase(makeDraft('account_unlock', fields as never));
      expect(c.fields).toEqual({ username: null });
      if (fields !== null) expect(c.findings.map((f) => f.code)).toContain('fields_invalid');
    }
    // An unknown kind, a missing sender and a malformed finding: an unclassified case for a person, not a crash.
    const odd = finaliseCase({ ...makeDraft('nonsense' as never, {}), from: null as never, findings: [{ bad: true }] as never });
    expect(odd).toMatchObject({ kind: 'unclassified', from: { name: null, email: null }, fields: {}, missing: [] });
    expect(odd.findings.map((f) => f.code)).toEqual(['unclassified']);
  });

  it('sorts errors first, deduplicates and is idempotent', () => {
    const draft = makeDraft('practice_email_update', { currentEmail: 'old.a81001@nhs.net', newEmail: 'jo.bloggs@nhs.net' }, {
      statedOrganisationType: 'pharmacy',
      findings: [{ code: 'attachment_unreadable', severity: 'warning', message: 'x' }, { code: 'attachment_unreadable', severity: 'warning', message: 'x' }],
    });
    const once = finaliseCase(draft);
    expect(once.findings.map((f) => f.severity)).toEqual(['error', 'warning', 'warning']);
    expect(once.findings.map((f) => f.code)).toEqual(['ods_type_mismatch', 'attachment_unreadable', 'individual_mailbox']);
    expect(finaliseCase(once)).toEqual(once);
  });

  it('keeps extra missing paths from the draft only while still empty', () => {
    const c = finaliseCase(makeDraft('account_unlock', { username: 'u' }, { missing: ['organisation.name', 'fields.username'], organisation: { odsCode: 'A81001', name: null, type: 'other' } }));
    expect(c.missing).toEqual(['organisation.name']);
  });

  it('raises sender_unauthenticated once when authentication failed', () => {
    const auth = { verdict: 'fail' as const, source: 'trusted Authentication-Results', details: null };
    const c = finaliseCase(makeDraft('account_unlock', { username: 'u' }, { authentication: auth }));
    expect(c.findings.filter((f) => f.code === 'sender_unauthenticated')).toHaveLength(1);
    expect(finaliseCase(c).findings.filter((f) => f.code === 'sender_unauthenticated')).toHaveLength(1);
  });
});

describe('reviewCase', () => {
  it('says the directory is not loaded instead of guessing', () => {
    const c = finaliseCase(makeDraft('main_contact_change', { newMainContact: { name: 'K', email: 'k.patel@nhs.net' } }));
    expect(reviewCase(c, DIRECTORY_NOT_LOADED).map((f) => f.code)).toEqual(['directory_not_loaded']);
  });
  it('combines stored, content and directory findings, errors first', () => {
    const c = finaliseCase(makeDraft('main_contact_change', { newMainContact: { name: 'K', email: 'k.patel@nhs.net' } }, { organisation: { odsCode: 'B82002', name: null, type: 'other' }, findings: [{ code: 'attachment_unreadable', severity: 'warning', message: 'x' }] }));
    expect(reviewCase(c, makeFacts({ organisations: { B82002: null } })).map((f) => f.code)).toEqual(['organisation_unknown', 'attachment_unreadable']);
  });
  it('makes no directory finding for a lookup that was not made', () => {
    const c = finaliseCase(makeDraft('main_contact_change', { newMainContact: { name: 'K', email: 'k.patel@nhs.net' } }, { organisation: { odsCode: 'B82002', name: null, type: 'other' } }));
    expect(reviewCase(c, makeFacts())).toEqual([]);
  });
  it('lists the lookups it needs', () => {
    const c = finaliseCase(makeDraft('user_admin_nomination', { service: 'PCN', nominee: { email: 'N.One@nhs.net' }, approver: { email: 'ICB.Lead@nhs.net', name: 'I', role: 'ICB approver' } }, { organisation: { odsCode: 'u12345', name: null, type: 'other' } }));
    expect(listDirectoryLookups(c)).toEqual({ odsCodes: ['U12345'], accounts: ['n.one@nhs.net'], authorisedEmails: ['icb.lead@nhs.net'] });
  });
});
