import { describe, expect, it } from 'vitest';
import { parseFromHeaders } from '../../../ingest/extract/parse-from.js';

const NO_DECODED = { name: null, email: null };
const one = (v: string) => parseFromHeaders([v], NO_DECODED);

describe('From per RFC 5322 (email-addresses)', () => {
  it('reads one plain mailbox, lower-cased', () => {
    expect(one('Jo Bloggs <JO.Bloggs@NHS.NET>')).toEqual({ name: 'Jo Bloggs', email: 'jo.bloggs@nhs.net', invalid: null, deceptive: null });
  });

  it('reads plain mailboxes (the direct path) as the RFC parser does: spaces collapsed, no name on a bare address', () => {
    expect(one("  Mary-Jane   O'Neil<MJ.O-Neil+x@Nhs.Net>  ")).toEqual({ name: "Mary-Jane O'Neil", email: 'mj.o-neil+x@nhs.net', invalid: null, deceptive: null });
    expect(one('<jo@nhs.net>')).toEqual({ name: null, email: 'jo@nhs.net', invalid: null, deceptive: null });
    expect(one(' Jo.Bloggs@NHS.net ')).toEqual({ name: null, email: 'jo.bloggs@nhs.net', invalid: null, deceptive: null });
    // Only a dotted name leaves the direct path; the parser still reads it (obsolete phrase).
    expect(one('J. Bloggs <jo@nhs.net>')).toMatchObject({ name: 'J. Bloggs', email: 'jo@nhs.net' });
  });

  it('reads an unquoted "Surname, Forename (ORG)" display name as a name, not a list', () => {
    expect(one('Marchetti, Ottavio (PCN) <Ottavio.Marchetti@nhs.net>')).toMatchObject({
      name: 'Marchetti, Ottavio (PCN)',
      email: 'ottavio.marchetti@nhs.net',
      invalid: null,
    });
    expect(one('jo.bloggs@nhs.net, Evil <evil@gmail.com>').email).toBeNull();
  });

  it('reads a comment inside the angle brackets (was null)', () => {
    expect(one('<jo.bloggs(work)@nhs.net>').email).toBe('jo.bloggs@nhs.net');
  });

  it.each([
    ['two mailboxes', 'jo.bloggs@nhs.net, evil@gmail.com'],
    ['two mailboxes, nhs.net second', 'evil@gmail.com, Jo <jo.bloggs@nhs.net>'],
    ['a group', 'NHS Team: jo.bloggs@nhs.net;'],
    ['a double @', 'jo.bloggs@nhs.net@evil.com'],
    ['a quoted local part holding an address', '"jo.bloggs@nhs.net"@evil.com'],
    ['garbage', 'not an address at all'],
  ])('gives no address and a reason for %s', (_trick, value) => {
    const r = one(value);
    expect(r.email).toBeNull();
    expect(r.invalid).toBeTruthy();
  });

  it('gives no address for two From headers', () => {
    const r = parseFromHeaders(['evil@gmail.com', 'Jo <jo.bloggs@nhs.net>'], NO_DECODED);
    expect(r).toMatchObject({ email: null, invalid: 'the message has more than one From header' });
  });

  it.each([
    ['an obsolete source route', '<@nhs.net:evil@evil.com>', 'evil@evil.com'],
    ['a percent hack', 'jo.bloggs%nhs.net@evil.com', 'jo.bloggs%nhs.net@evil.com'],
    ['a comment showing an address', 'PCSE (pcse@nhs.net) <evil@evil.com>', 'evil@evil.com'],
    ['a display name showing an address', '"jo.bloggs@nhs.net" <evil@evil.com>', 'evil@evil.com'],
  ])('keeps the real address but calls %s deceptive', (_trick, value, email) => {
    const r = one(value);
    expect(r.email).toBe(email);
    expect(r.deceptive).toBeTruthy();
  });

  it('does not call a display name deceptive for repeating the real address', () => {
    expect(one('"jo.bloggs@nhs.net" <jo.bloggs@nhs.net>').deceptive).toBeNull();
  });

  it('takes mailparser\u2019s RFC 2047 decoding of the name only for the same address', () => {
    expect(parseFromHeaders(['=?utf-8?Q?Jo_Bloggs?= <jo@nhs.net>'], { name: 'Jo Bloggs', email: 'jo@nhs.net' }).name).toBe('Jo Bloggs');
    expect(parseFromHeaders(['=?utf-8?B?am8uYmxvZ2dzQG5ocy5uZXQ=?= <evil@x.com>'], { name: 'jo.bloggs@nhs.net', email: 'evil@x.com' })).toMatchObject({ email: 'evil@x.com', name: 'jo.bloggs@nhs.net' });
    expect(parseFromHeaders(['=?utf-8?B?am8uYmxvZ2dzQG5ocy5uZXQ=?= <evil@x.com>'], { name: 'jo.bloggs@nhs.net', email: 'evil@x.com' }).deceptive).toBeTruthy();
  });
});
