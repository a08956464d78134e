import { describe, expect, it } from 'vitest';
import { INVISIBLE_CHARACTERS, isNhsEmail, isOrganisationMailbox, isPersonalAddress, neutralisePersonName, normaliseEmail, normalisePersonName, splitTitle } from '../../../core/domain/people.js';

describe('normaliseEmail', () => {
  it.each([
    ['Jo.Bloggs@NHS.net', 'jo.bloggs@nhs.net'],
    ['  <jo.bloggs@nhs.net>  ', 'jo.bloggs@nhs.net'],
    ['mailto:Jo.Bloggs@nhs.net', 'jo.bloggs@nhs.net'],
    ['<mailto:jo@nhs.net>', 'jo@nhs.net'],
    ['jo.bloggs@nhs.net.', 'jo.bloggs@nhs.net'],
    ['(jo.bloggs@nhs.net),', 'jo.bloggs@nhs.net'],
    ['"k.patel1@nhs.net";', 'k.patel1@nhs.net'],
    ['riverside.surgery+a81001@nhs.net', 'riverside.surgery+a81001@nhs.net'],
  ])('%j → %s', (raw, expected) => {
    expect(normaliseEmail(raw)).toBe(expected);
  });
  it.each([null, undefined, '', 'jo bloggs', 'jo@', '@nhs.net', 'jo@nhs', 'jo..b@nhs.net', 'jo@nhs..net', 'Jo Bloggs <jo@nhs.net>'])('%j → null', (raw) => {
    expect(normaliseEmail(raw)).toBeNull();
  });
});

describe('names and titles', () => {
  it('tidies a name and keeps its title', () => {
    expect(normalisePersonName('  Dr   Jo\tBloggs, ')).toBe('Dr Jo Bloggs');
    expect(normalisePersonName('"Kiran Patel"')).toBe('Kiran Patel');
    expect(normalisePersonName('   ')).toBeNull();
    expect(normalisePersonName(null)).toBeNull();
  });
  it.each([
    ['Dr Jo Bloggs', 'Dr', 'Jo Bloggs'],
    ['dr. jo bloggs', 'Dr', 'jo bloggs'],
    ['Doctor Amy Lee', 'Dr', 'Amy Lee'],
    ['Mrs  A Smith', 'Mrs', 'A Smith'],
    ['Ms Kay', 'Ms', 'Kay'],
    ['Miss Kay', 'Miss', 'Kay'],
    ['Prof. Ian Ross', 'Prof', 'Ian Ross'],
    ['Mx Sam Jones', 'Mx', 'Sam Jones'],
    ['Mr Ed Kay', 'Mr', 'Ed Kay'],
    ['Drew Barry', null, 'Drew Barry'],
    ['Mrs', null, 'Mrs'],
  ])('splitTitle(%j)', (raw, title, name) => {
    expect(splitTitle(raw)).toEqual({ title, name });
  });
});

describe('neutralisePersonName: a name read from a body or form, made safe to show, log, reply to and execute', () => {
  it.each([
    ['Siobhan\u202e Bhriain', 'Siobhan Bhriain'],
    ['Siobh\u00e1n\u200f N\u00ed\u2066 Bhriain\u2069', 'Siobh\u00e1n N\u00ed Bhriain'],
    ['Zoe Bronte <zoe@evil.example.com>', 'Zoe Bronte'],
    ['Zoe Bronte (zoe.bronte@nhs.net)', 'Zoe Bronte'],
    ['"jo.bloggs@nhs.net" Jo Bloggs', 'Jo Bloggs'],
    ['Jo Bloggs nhs.net', 'Jo Bloggs'],
    ['Jo\r\nBcc: x@y.com', 'Jo Bcc'],
    ['Jo\u0000Bloggs', 'Jo Bloggs'],
    ['Dr Kofi Mensah', 'Dr Kofi Mensah'],
    ["Tom\u00e1s \u00d3 Briain-O'Neill", "Tom\u00e1s \u00d3 Briain-O'Neill"],
  ])('%j → %j', (raw, expected) => {
    expect(neutralisePersonName(raw)).toBe(expected);
  });
  it.each([null, undefined, '', 'jo.bloggs@nhs.net', '<jo@nhs.net>', '\u202e\u202c', 'nhs.net', '()'])('%j → null (asked for, never an address posing as a name)', (raw) => {
    expect(neutralisePersonName(raw)).toBeNull();
  });
  it('leaves no control, bidi character, line break or address in anything it returns', () => {
    const hostile = ['A\u202eB', 'A\nB', 'A\rB', 'A \u2028 B', 'A <b@c.de> B', 'A b.co.uk B', 'A\u061cB', 'A\ufeffB'];
    for (const raw of hostile) {
      const out = neutralisePersonName(raw) ?? '';
      expect(out).not.toMatch(INVISIBLE_CHARACTERS);
      expect(out).not.toMatch(/[\r\n\u2028\u2029@]|\.(co|uk|net|com)\b/);
      expect(out).toMatch(/^A B$/);
    }
  });
});

describe('isNhsEmail', () => {
  it.each([
    ['jo@nhs.net', true],
    ['jo@NHS.UK', true],
    ['jo@england.nhs.uk', true],
    ['jo@pcse.england.nhs.uk', true],
    ['jo@gmail.com', false],
    ['jo@nhs.net.evil.com', false],
    ['jo@notnhs.uk', false],
    ['jo@fakenhs.net', false],
    ['not an email', false],
  ])('%s → %s', (email, expected) => {
    expect(isNhsEmail(email)).toBe(expected);
  });
});

describe('isOrganisationMailbox', () => {
  it.each([
    'riversidesurgery.a81001@nhs.net',
    'pcse.datamanager@nhs.net',
    'england.xyz@nhs.net',
    'admin.a81001@nhs.net',
    'a81001@nhs.net',
    'riverside.practice@nhs.net',
    'parkmedical.reception@nhs.net',
    'smiles.dental@nhs.net',
    'high.street.pharmacy@nhs.net',
    'north.enquiries@nhs.net',
    'finance.team@nhs.net',
    'gp.office@nhs.net',
    'icb.approvals@nhs.net',
    'v012345.smiles@nhs.net',
  ])('%s is an organisation mailbox', (email) => {
    const verdict = isOrganisationMailbox(email);
    expect(verdict.organisation).toBe(true);
    expect(verdict.reason).toMatch(/contains/);
  });
  it.each([
    ['jo.bloggs@nhs.net', /personal/],
    ['jo.bloggs2@nhs.net', /personal/],
    ['mary-jane.o-neil@nhs.net', /personal/],
    ['anne.marie.smith12@nhs.net', /personal/],
    ['xyz123@nhs.net', /no ODS code/],
    ['riversidesurgery@gmail.com', /not an nhs\.net/],
    ['reception@practice.nhs.uk', /not an nhs\.net/],
    ['nonsense', /not an email/],
  ])('%s is not (%s)', (email, reason) => {
    const verdict = isOrganisationMailbox(email);
    expect(verdict.organisation).toBe(false);
    expect(verdict.reason).toMatch(reason);
  });
});

describe('isPersonalAddress (one rule for extraction\'s confidence and the shared-mailbox check)', () => {
  it('a first.last address on any domain is a person\'s; one with an organisation word or ODS code is not', () => {
    expect(['wystan.pryce2@nhs.net', 'b.okpara@outlook.com', 'kerry-ann.doyle@nhs.net', 'jo_bloggs@nhs.net'].map(isPersonalAddress)).toEqual([true, true, true, true]);
    expect(['quayside.admin@nhs.net', 'lantern.optometrists@gmail.com', 'gp.k83062@nhs.net', 'practice.manager@nhs.net', 'reception@nhs.net', 'not an address'].map(isPersonalAddress)).toEqual([false, false, false, false, false, false]);
  });
});
