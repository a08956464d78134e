import { describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { finaliseCase, reviewCase } from '../../../core/domain/cases/index.js';
import { DIRECTORY_NOT_LOADED } from '../../../core/domain/directory-facts.js';
import { applySenderTrust, checkSenderTrust, isKnownForOrganisation, isNhsmailAddress, neutraliseDisplayName } from '../../../core/domain/sender-trust.js';
import { makeDraft, makeFacts, makeOrganisation } from './case-builders.js';

const PASS = { verdict: 'pass', source: 'topmost Authentication-Results', details: 'dmarc=pass' } as const;
const change = (email: string | null, overrides: Partial<ParsedCase> = {}) =>
  finaliseCase(makeDraft('main_contact_change', { newMainContact: { name: 'Lucy Webb', email: 'lucy.webb@nhs.net' } }, { from: { name: 'Jo', email }, authentication: PASS, ...overrides }));
const codes = (findings: { code: string }[]) => findings.map((f) => f.code).filter((c) => c.startsWith('sender_')).sort();

describe('sender-trust policy', () => {
  it('accepts nhs.net exactly, case-insensitively, with or without the root dot', () => {
    for (const e of ['jo@nhs.net', 'JO@NHS.NET', 'jo@nhs.net.']) expect(isNhsmailAddress(e)).toBe(true);
    for (const e of ['jo@mail.nhs.net', 'jo@nhs.net.evil.com', 'jo@nhs.uk', 'jo@gmail.com', 'nhs.net', null]) expect(isNhsmailAddress(e)).toBe(false);
  });

  it('leaves an authenticated nhs.net sender clean', () => {
    expect(codes(change('jo.bloggs@nhs.net').findings)).toEqual([]);
  });

  it('flags a subdomain of nhs.net: it is not NHSmail', () => {
    const c = change('jo.bloggs@gpsurgery.nhs.net');
    expect(codes(c.findings)).toEqual(['sender_not_nhs']);
    expect(c.findings.find((f) => f.code === 'sender_not_nhs')?.message).toMatch(/not NHSmail/);
  });

  it('flags a Gmail address asking to change a main contact, even authenticated', () => {
    expect(codes(change('practice.manager@gmail.com').findings)).toEqual(['sender_not_nhs']);
  });

  it('says honestly, without a directory, that it could not check the organisation\u2019s own domain', () => {
    const c = change('manager@brightoptics.co.uk');
    expect(c.findings.find((f) => f.code === 'sender_not_nhs')?.message).toMatch(/no directory was available/);
  });

  it('accepts an authenticated sender at the domain the directory holds for the organisation (an optician)', () => {
    const facts = makeFacts({ organisations: { A81001: makeOrganisation({ email: 'info@brightoptics.co.uk' }) } });
    const c = change('manager@brightoptics.co.uk');
    expect(codes(reviewCase(c, facts))).toEqual([]);
    expect(codes(applySenderTrust(c, facts).findings)).toEqual([]);
  });

  it('raises "not known for this organisation" for an authenticated sender the directory does not hold', () => {
    const c = change('manager@evil-optics.co.uk');
    expect(codes(applySenderTrust(c, makeFacts()).findings)).toEqual(['sender_not_known_for_organisation']);
    expect(codes(reviewCase(c, makeFacts()))).toEqual(['sender_not_known_for_organisation']);
  });

  it('never widens a webmail address the directory holds to its whole domain', () => {
    const facts = makeFacts({ organisations: { A81001: makeOrganisation({ email: 'riverside.surgery@gmail.com' }) } });
    expect(codes(reviewCase(change('riverside.surgery@gmail.com'), facts))).toEqual([]);
    expect(codes(reviewCase(change('attacker@gmail.com'), facts))).toEqual(['sender_not_known_for_organisation']);
  });

  it('requires authentication for access changes, whatever the domain', () => {
    const c = change('jo.bloggs@nhs.net', { authentication: { verdict: 'none', source: 'none', details: null } });
    expect(codes(c.findings)).toEqual(['sender_unauthenticated']);
    expect(codes(reviewCase(c, makeFacts()))).toEqual(['sender_unauthenticated']);
  });

  it('flags a request with no readable sender address', () => {
    expect(codes(change(null).findings)).toEqual(['sender_not_nhs']);
  });

  it('does not apply to kinds that change no access (an unlock), and keeps a stricter kind\u2019s own finding', () => {
    const unlock = finaliseCase(makeDraft('account_unlock', { username: 'jo' }, { from: { name: null, email: 'jo@gmail.com' }, authentication: PASS }));
    expect(checkSenderTrust(unlock, null)).toEqual([]);
    const oe = finaliseCase(makeDraft('open_exeter_additional_permissions', { permissions: ['x'] }, { from: { name: null, email: 'jo@gmail.com' }, authentication: PASS }));
    expect(oe.findings.filter((f) => f.code === 'sender_not_nhs')).toHaveLength(1);
    expect(reviewCase(oe, DIRECTORY_NOT_LOADED).filter((f) => f.code === 'sender_not_nhs')).toHaveLength(1);
  });

  it('neutralises display names that carry an address, bidi controls or CR/LF', () => {
    expect(neutraliseDisplayName('jo.bloggs@nhs.net')).toBeNull();
    expect(neutraliseDisplayName('PCSE Support (pcse@nhs.net)')).toBe('PCSE Support ([address removed])');
    expect(neutraliseDisplayName('Jo\u202eten.shn@golb.oj')).toBe('Jo [address removed]');
    expect(neutraliseDisplayName('Jo\r\nBcc: x@y.com')).toBe('Jo Bcc: [address removed]');
    expect(neutraliseDisplayName('Support nhs.net team')).toBe('Support [address removed] team');
    expect(neutraliseDisplayName('Dr Jo Bloggs')).toBe('Dr Jo Bloggs');
    expect(change('x@gmail.com', { from: { name: '"jo.bloggs@nhs.net"', email: 'x@gmail.com' } }).from.name).toBeNull();
  });

  it('knows the organisation\'s own domain, but a main contact\'s address only exactly (its domain may be personal)', () => {
    const optician = makeOrganisation({ type: 'ophthalmic_practice', email: 'hello@brightsight-opticians.co.uk', mainContact: { name: 'Lea Voss', email: 'lea.voss@fastmail.example' } });
    expect(isKnownForOrganisation('reception@brightsight-opticians.co.uk', optician)).toBe(true);
    expect(isKnownForOrganisation('Lea.Voss@fastmail.example', optician)).toBe(true);
    expect(isKnownForOrganisation('someone.else@fastmail.example', optician)).toBe(false);
    expect(isKnownForOrganisation('hello@gmail.com', makeOrganisation({ email: 'brightsight@gmail.com' }))).toBe(false);
  });
});
