import { describe, expect, it } from 'vitest';
import { classifyOdsCode, describeOrganisationType, findOdsCodes, isBranchOf, ODS_CODE_CANDIDATE, organisationTypeFromName } from '../../../core/domain/ods.js';
import { finaliseCase } from '../../../core/domain/cases/index.js';
import { makeDraft } from './case-builders.js';
import { ORGANISATION_TYPES } from '../../../core/domain/case.js';

describe('classifyOdsCode', () => {
  it.each([
    ['A81001', 'A81001', 'gp_practice'],
    ['a81001', 'A81001', 'gp_practice'],
    [' a81 001 ', 'A81001', 'gp_practice'],
    ['F81001', 'F81001', 'gp_practice'],
    ['Y02345', 'Y02345', 'gp_practice'],
    ['A81001001', 'A81001001', 'gp_branch'],
    ['a81001 002', 'A81001002', 'gp_branch'],
    ['V012345', 'V012345', 'dental_practice'],
    ['v12345', 'V12345', 'dental_practice'],
    ['TPA12', 'TPA12', 'ophthalmic_practice'],
    ['tp12', 'TP12', 'ophthalmic_practice'],
    ['TP1234', 'TP1234', 'ophthalmic_practice'],
    ['FA123', 'FA123', 'pharmacy'],
    ['f1a2b', 'F1A2B', 'pharmacy'],
    ['F1234', 'F1234', 'pharmacy'],
    ['U12345', 'U12345', 'pcn'],
  ])('%s → %s (%s)', (raw, code, type) => {
    expect(classifyOdsCode(raw)).toEqual({ code, type });
  });

  it.each(['', '   ', 'A8100', 'A810011', 'A8100100', 'A810010011', 'AB1234', '123456', 'V1234', 'V1234567', 'TP', 'TPA', 'TPABCDE', 'FIRST', 'TPOT', 'F123', 'F12', 'U1234', 'V12345001', 'U12345001', 'SW1A 1AA', 'PCSE-2026-000123'])(
    '%j is not a code',
    (raw) => {
      expect(classifyOdsCode(raw)).toBeNull();
    },
  );

  it('never throws on a non-string', () => {
    expect(classifyOdsCode(undefined as unknown as string)).toBeNull();
  });
});

describe('isBranchOf', () => {
  it('accepts the main code plus three digits, in any case and spacing', () => {
    expect(isBranchOf('A81001001', 'A81001')).toBe(true);
    expect(isBranchOf('a81001 003', ' a81001')).toBe(true);
  });
  it('refuses another practice, a short suffix, letters or a non-GP main code', () => {
    expect(isBranchOf('A81002001', 'A81001')).toBe(false);
    expect(isBranchOf('A8100101', 'A81001')).toBe(false);
    expect(isBranchOf('A81001', 'A81001')).toBe(false);
    expect(isBranchOf('V12345001', 'V12345')).toBe(false);
    expect(isBranchOf('A81001001', 'A81001001')).toBe(false);
  });
});

describe('ODS_CODE_CANDIDATE', () => {
  it('finds codes in prose, with one inner space and in lower case', () => {
    const text = 'Our practice a81 001 (branch A81001002) and dental V012345, pharmacy FA123, optom TPA12, PCN U12345.';
    expect(findOdsCodes(text).map((c) => c.code)).toEqual(['A81001', 'A81001002', 'V012345', 'FA123', 'TPA12', 'U12345']);
  });
  it('ignores postcodes, phone numbers, references and ordinary words', () => {
    const text = 'Write to SW1A 1AA or B33 8TH, call 01234 567890 or +44 20 7946 0000, ref PCSE-2026-000123. FIRST FLOOR, TPOT, FORMS.';
    expect(findOdsCodes(text)).toEqual([]);
  });
  it('reads a GP or branch code typed with spaces after its letter or between its groups', () => {
    expect(findOdsCodes('main site e82 045, branch e82 045 001, partner site G 82 114').map((c) => c.code)).toEqual(['E82045', 'E82045001', 'G82114']);
  });
  it('is word-bounded', () => {
    expect(findOdsCodes('XA81001 A81001X a81001')).toEqual([{ code: 'A81001', type: 'gp_practice' }]);
  });
  it('is safe to reuse: matchAll copies the global regex', () => {
    expect(findOdsCodes('A81001')).toHaveLength(1);
    expect(findOdsCodes('A81001')).toHaveLength(1);
    expect(ODS_CODE_CANDIDATE.lastIndex).toBe(0);
  });
});

describe('describeOrganisationType', () => {
  it('labels every type', () => {
    for (const t of ORGANISATION_TYPES) expect(describeOrganisationType(t).length).toBeGreaterThan(3);
    expect(describeOrganisationType('gp_practice')).toBe('GP practice');
  });
});

describe('organisationTypeFromName', () => {
  it.each([
    ['Riverside Surgery', 'gp_practice'],
    ['Oak Tree Medical Centre', 'gp_practice'],
    ['Northgate Health Centre', 'gp_practice'],
    ['Smile Dental Surgery', 'dental_practice'],
    ['Clearview Optometrists', 'ophthalmic_practice'],
    ['Specsavers Opticians', 'ophthalmic_practice'],
    ['Boots Pharmacy at Riverside Medical Centre', 'pharmacy'],
    ['Bay Health PCN', 'pcn'],
    ['North Tyneside Primary Care Network', 'pcn'],
    ['Acme Holdings Ltd', null],
    [null, null],
  ] as const)('%s → %s', (name, type) => {
    expect(organisationTypeFromName(name)).toBe(type);
  });

  it('types an organisation with no code and no stated type by its name, and never overrides the code', () => {
    const named = finaliseCase(makeDraft('account_unlock', { username: 'jo.bloggs' }, { organisation: { odsCode: null, name: 'Riverside Surgery', type: 'other' } }));
    expect(named.organisation?.type).toBe('gp_practice');
    // The code's shape decides: a "surgery" whose code is a dental one is a dental practice.
    const coded = finaliseCase(makeDraft('account_unlock', { username: 'jo.bloggs' }, { organisation: { odsCode: 'V012345', name: 'Riverside Surgery', type: 'other' } }));
    expect(coded.organisation?.type).toBe('dental_practice');
    // A type the email states stands.
    const stated = finaliseCase(makeDraft('account_unlock', { username: 'jo.bloggs' }, { organisation: { odsCode: null, name: 'Riverside Surgery', type: 'pharmacy' } }));
    expect(stated.organisation?.type).toBe('pharmacy');
  });
});

describe('codes spaced as people type them', () => {
  it('finds a dental code in threes and an optical code with a space after TP, and no code in a phone number', () => {
    expect(findOdsCodes('Smileworks Dental Care, Bakewell DE45 1HG – V019 382').map((c) => c.code)).toEqual(['V019382']);
    expect(findOdsCodes('the contract holder at Lindqvist Eyecare (TP R72)').map((c) => c.code)).toEqual(['TPR72']);
    expect(findOdsCodes('Tel 01629 555 118, GDC 81234').map((c) => c.code)).toEqual([]);
  });
});
