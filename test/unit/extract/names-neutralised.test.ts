import { describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import { finaliseCase } from '../../../core/domain/cases/index.js';
import { INVISIBLE_CHARACTERS } from '../../../core/domain/people.js';
import type { StoredCase } from '../../../core/ports.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { renderCaseCard } from '../../../templates/cards/case-card.js';
import { renderEmail } from '../../../templates/email/index.js';
import { makeDraft } from '../core/case-builders.js';

/** An email to portalenquiries from a genuine-looking practice address with `body` as its text. */
function email(subject: string, body: string): Buffer {
  return Buffer.from(
    [
      'From: Chris Hale <chris.hale@nhs.net>', 'To: portalenquiries@nhs.net', `Subject: ${subject}`, 'Message-ID: <names@probe>',
      'Date: Mon, 2 Nov 2026 09:00:00 +0000', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', body,
    ].join('\r\n'),
    'utf8',
  );
}

/** Names from bodies and forms that carry a bidi override, an isolate, an address or a domain. */
const HOSTILE_NAMES: { name: string; raw: Buffer; expected: Record<string, string> }[] = [
  {
    name: 'labelled main contact with a right-to-left override and a domain in the name',
    raw: email('Main contact change', 'Please change the main contact.\n\nPractice ODS code: P84017\nNew main contact name: Siobhan\u202e Bhriain nhs.net\nNew main contact email: siobhan.bhriain@nhs.net\n\nRegards,\nChris Hale\n'),
    expected: { 'newMainContact.name': 'Siobhan Bhriain' },
  },
  {
    name: 'main contact in prose with an address written into the name',
    raw: email('Main contact', "Good morning,\n\nI'd like our practice manager, Siobh\u00e1n N\u00ed Bhriain <siobhan@evil.example.com>, to be the main contact for Greenway Practice (P84017) in place of me.\n\nRegards,\nChris Hale\n"),
    expected: { 'newMainContact.name': 'Siobh\u00e1n N\u00ed Bhriain' },
  },
  {
    name: 'labelled main contact with isolates and a zero-width joiner',
    raw: email('Main contact change', 'Practice ODS code: P84017\nNew main contact name: Lucy\u2066 Webb\u2069\u200d\nNew main contact email: lucy.webb@nhs.net\n'),
    expected: { 'newMainContact.name': 'Lucy Webb' },
  },
];

/** Every `name` string anywhere in the fields, by path. */
function names(value: unknown, path = ''): [string, string][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, v]) => {
    const here = path ? `${path}.${key}` : key;
    if (key === 'name' && typeof v === 'string') return [[here, v] as [string, string]];
    return names(v, here);
  });
}

function stored(parsed: ParsedCase): StoredCase {
  return {
    id: 'c1', ref: 'PCSE-2026-000001', state: 'awaiting_approval', kind: parsed.kind, mailbox: parsed.mailbox, version: 1,
    parsed, findings: parsed.findings, correctedBy: {}, createdAt: new Date(), updatedAt: new Date(),
  };
}

describe('names read from bodies and forms are neutralised for the card, the logs and replies (issue 10)', () => {
  it.each(HOSTILE_NAMES)('$name', async ({ raw, expected }) => {
    const parsed = await extractCase(raw, { mailbox: 'portalenquiries' });
    const found = Object.fromEntries(names(parsed.fields));
    expect(found).toMatchObject(expected);
    for (const [path, value] of Object.entries(found)) {
      expect(value, path).not.toMatch(INVISIBLE_CHARACTERS);
      expect(value, path).not.toMatch(/[\r\n@]|\b(nhs\.net|evil\.example)\b/);
    }
    const card = JSON.stringify(renderCaseCard({ case: stored(parsed), directoryOrganisation: null, riskLevel: 'high', needsPhoneVerification: false, approvals: [] }));
    expect(card).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200d]/);
    // The name's TextRun holds exactly the neutralised name (the address, when it is the contact's, is its own field).
    for (const value of Object.values(expected)) expect(card).toContain(`{"type":"TextRun","text":${JSON.stringify(value)}}`);
    const contactName = Object.values(found)[0] ?? null;
    const reply = renderEmail('done-main-contact-change', { caseRef: 'PCSE-2026-000001', recipientName: contactName, organisationName: null, odsCode: 'P84017', contactName: contactName ?? '', contactEmail: 'lucy.webb@nhs.net' });
    expect(reply.text).toContain(`Dear ${contactName},`);
    expect(reply.text + reply.subject).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200d]/);
  });

  it('a reply greets by a name without its address, bidi or line breaks whatever the model holds, and "Hello" when nothing is left', () => {
    const model = { caseRef: 'PCSE-2026-000001', organisationName: null, odsCode: 'P84017', contactName: 'Lucy Webb', contactEmail: 'lucy.webb@nhs.net' };
    expect(renderEmail('done-main-contact-change', { ...model, recipientName: 'Lucy\u202e Webb <lucy@evil.example.com>\r\nBcc: x@y.com' }).text).toMatch(/^Dear Lucy Webb Bcc:,\n/);
    expect(renderEmail('done-main-contact-change', { ...model, recipientName: 'lucy@evil.example.com' }).text).toMatch(/^Hello,\n/);
  });

  it('names in form fields and hints lose line breaks, bidi characters and addresses too; a hint with no name left is dropped', () => {
    const parsed = finaliseCase(makeDraft('user_admin_nomination', {
      service: 'GPP',
      nominee: { name: 'Grace\r\nOduya\u202e', email: 'grace.oduya@nhs.net' },
      approver: { name: 'Dr Samuel Reyes <samuel@evil.example.com>', email: 'samuel.reyes@nhs.net', role: 'GP Partner' },
    }, {
      hints: [
        { path: 'fields.approver.name', value: 'Sam\u2067 Reyes nhs.net', confidence: 0.4, reason: 'signature block', evidence: null },
        { path: 'fields.nominee.name', value: 'grace@evil.example.com', confidence: 0.3, reason: 'from the address', evidence: null },
      ],
    }));
    expect(parsed.fields).toMatchObject({ nominee: { name: 'Grace Oduya' }, approver: { name: 'Dr Samuel Reyes' } });
    expect(parsed.hints).toEqual([{ path: 'fields.approver.name', value: 'Sam Reyes', confidence: 0.4, reason: 'signature block', evidence: null }]);
  });
});
