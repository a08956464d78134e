import { describe, expect, it } from 'vitest';
import type { Mailbox, ParsedCase } from '../../../core/domain/case.js';
import { extractCase } from '../../../ingest/extract/index.js';

/**
 * Issue 9: patterns unseen mail uses, each from a small email written here (not from any corpus).
 * Every test asserts both the right value and that no other person from the email took its place.
 */
function email(headers: Record<string, string>, body: string, contentType = 'text/plain; charset="utf-8"'): Buffer {
  const head = Object.entries({ 'Message-ID': `<t-${Math.random().toString(36).slice(2)}@example.nhs.net>`, Date: 'Mon, 01 Mar 2027 09:00:00 +0000', ...headers, 'MIME-Version': '1.0', 'Content-Type': contentType })
    .map(([k, v]) => `${k}: ${v}`)
    .join('\r\n');
  return Buffer.from(`${head}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}`, 'utf8');
}

async function parse(mailbox: Mailbox, headers: Record<string, string>, body: string, contentType?: string): Promise<ParsedCase> {
  return extractCase(email(headers, body, contentType), { mailbox, receivedAt: new Date('2027-03-01T09:00:00Z') });
}

const fields = (c: ParsedCase): Record<string, Record<string, unknown>> => c.fields as Record<string, Record<string, unknown>>;

describe('Open Exeter system notices', () => {
  it('an auto-generated notice that names the system only in its sender and says "OE" is a request, not an auto-reply', async () => {
    const c = await parse('openexeter', {
      From: 'OE Alerts <oe.alerts@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'OE USER AUTHORISATION REQUIRED', 'Auto-Submitted': 'auto-generated',
    }, [
      'USER AUTHORISATION REQUEST', '', 'Organisation Code : M85011', 'User Id           : PQUILL2', 'Forename          : PERPETUA', 'Surname           : QUILLFEATHER',
      'Email             : perpetua.quillfeather@nhs.net', 'Requested By      : OSWIN DRAYCOTT (oswin.draycott@nhs.net)', '',
    ].join('\n'));
    expect(c.ignored).toBeNull();
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect(fields(c).user).toMatchObject({ username: 'PQUILL2', email: 'perpetua.quillfeather@nhs.net' });
    expect(String(fields(c).user?.name).toLowerCase()).toBe('perpetua quillfeather');
    expect(fields(c).createdBy?.email).toBe('oswin.draycott@nhs.net');
  });

  it('an out-of-office from the same kind of sender stays an auto-reply', async () => {
    const c = await parse('openexeter', {
      From: 'Oswin Draycott <oswin.draycott@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Automatic reply: OE query', 'Auto-Submitted': 'auto-replied',
    }, 'I am out of the office until Monday.');
    expect(c.ignored).toBe('auto_reply');
  });

  it('"Added by: LOGIN (SURNAME, Forename - email)" gives the person, not the login', async () => {
    const c = await parse('openexeter', {
      From: 'Open Exeter <no-reply.openexeter@nhs.net>', To: 'pcse.openexeter@nhs.net', Subject: 'Open Exeter - Authorisation Request - M85011', 'Auto-Submitted': 'auto-generated',
    }, [
      'A new user has been added by a Primary User and is awaiting PCSE authorisation.', '',
      '  Org:            M85011 - BRINDLEY HOUSE SURGERY', '  User ID:        TVANCE3', '  Full name:      Tobias Vance', '  E-mail:         tobias.vance@nhs.net',
      '  Added by:       HMORCOMBE  (MORCOMBE, Hester - hester.morcombe@nhs.net)', '',
    ].join('\n'));
    expect(c.kind).toBe('open_exeter_new_user_authorisation');
    expect(String(fields(c).createdBy?.name).toLowerCase()).toBe('hester morcombe');
    expect(fields(c).createdBy?.email).toBe('hester.morcombe@nhs.net');
    expect(fields(c).user).toMatchObject({ name: 'Tobias Vance', username: 'TVANCE3' });
  });
});
