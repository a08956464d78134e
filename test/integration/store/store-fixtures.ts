import { createHash } from 'node:crypto';
import type { ParsedCase } from '../../../core/domain/case.js';
import type { IncomingEmail } from '../../../core/ports.js';

/** A nomination that has everything it needs, overridable per test. */
export function makeParsedCase(overrides: Partial<ParsedCase> = {}): ParsedCase {
  return {
    mailbox: 'portalenquiries',
    kind: 'user_admin_nomination',
    ignored: null,
    messageId: null,
    from: { name: 'Jo Bloggs', email: 'jo.bloggs@nhs.net' },
    subject: 'New PL user administrator',
    caseRef: null,
    receivedAt: '2026-11-21T09:14:00.000Z',
    organisation: { odsCode: 'A81001', name: 'Riverside Surgery', type: 'gp_practice' },
    fields: { service: 'PL', nominee: { name: 'Kiran Patel', email: 'k.patel@nhs.net' }, approver: null },
    missing: [],
    findings: [],
    evidence: {},
    // A genuine NHSmail sender as the boundary stamps it, so re-checks (edits) find no sender-trust fault (issue 10).
    authentication: { verdict: 'pass', source: 'topmost Authentication-Results', details: 'dmarc=pass' },
    ...overrides,
  };
}

/** An incoming email whose sha256 is computed from `body`. */
export function makeIncomingEmail(sourceKey: string, body: string, messageId: string | null): IncomingEmail {
  const raw = Buffer.from(`Message-ID: ${messageId ?? ''}\r\nSubject: test\r\n\r\n${body}\r\n`);
  return {
    mailbox: 'portalenquiries',
    sourceKey,
    uidValidity: '1',
    uid: 1,
    raw,
    sha256: createHash('sha256').update(raw).digest('hex'),
    messageId,
    receivedAt: new Date('2026-11-21T09:14:00.000Z'),
  };
}
