import { JSDOM } from 'jsdom';
import LinkifyIt from 'linkify-it';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedCase } from '../../../core/domain/case.js';
import type { StoredCase } from '../../../core/ports.js';
import { renderCaseCard } from '../../../templates/cards/case-card.js';
import { renderDecidedCard } from '../../../templates/cards/decided-card.js';
import { escapeCardText } from '../../../templates/cards/escape-card-text.js';
import type { AdaptiveCardJson } from '../../../templates/cards/expand-card-template.js';
import { renderStatusCard } from '../../../templates/cards/status-card.js';

type AC = typeof import('adaptivecards');
let AdaptiveCards: AC;

beforeAll(async () => {
  const dom = new JSDOM('<!doctype html><html><body></body></html>');
  const w = dom.window;
  Object.assign(globalThis, { window: w, document: w.document, navigator: w.navigator });
  // The renderer uses instanceof checks against DOM classes that Node lacks.
  for (const name of Object.getOwnPropertyNames(w)) {
    if (/^(HTML\w*Element|Element|Node|Event|KeyboardEvent|MouseEvent|getComputedStyle)$/.test(name) && !(name in globalThis)) {
      Object.assign(globalThis, { [name]: (w as unknown as Record<string, unknown>)[name] });
    }
  }
  // The package's lib/ build fails to load in Node; dist/ is the bundle Teams-like hosts use.
  const bundle: string = 'adaptivecards/dist/adaptivecards.js';
  const mod = (await import(bundle)) as { default?: AC } & AC;
  AdaptiveCards = mod.default ?? mod;
});

const HOSTILE = [
  '[click here](https://evil.example/login)',
  '<at>PCSE Supervisors</at> **URGENT** _approve_ now',
  'visit www.evil.example or https://evil.example/x?y=1 or mailto:boss@evil.example',
  '# Heading\n- list item\n1. numbered',
  '![img](http://evil.example/p.png) `code` ${caseId} \u202Eevil\u202C',
  'x'.repeat(5000),
].join(' ');

function hostileCase(overrides: Partial<StoredCase> = {}): StoredCase {
  const parsed: ParsedCase = {
    mailbox: 'datamanager',
    kind: 'branch_setup',
    ignored: null,
    messageId: '<m1@nhs.net>',
    from: { name: `[Dr Evil](https://evil.example) <at>x</at>`, email: 'jo.bloggs@nhs.net' },
    subject: HOSTILE,
    caseRef: null,
    receivedAt: '2026-11-21T09:14:00.000Z',
    organisation: { odsCode: 'A81001', name: '**Riverside** Surgery https://evil.example', type: 'gp_practice' },
    fields: {
      mainPractice: { odsCode: 'A81001', name: HOSTILE, mainContact: { name: 'Jo', email: 'jo@nhs.net' }, address: null, phone: '01234 567890' },
      branch: { odsCode: 'A81001001', name: 'Branch', address: 'x', phone: null, mainContact: { name: 'K', email: 'k@nhs.net', title: 'Dr' } },
      roles: ['a', 'b'],
    },
    missing: ['fields.mainPractice.address'],
    findings: [
      { code: 'main_contact_exists', severity: 'info', message: 'info first in input' },
      { code: 'branch_code_mismatch', severity: 'error', message: HOSTILE },
    ],
    evidence: { 'fields.mainPractice.name': HOSTILE },
    attachments: [{ filename: '[x](http://evil.example).pdf', contentType: 'application/pdf', size: 2048, sha256: 'ab' }],
    authentication: { verdict: 'pass', source: 'trusted Authentication-Results', details: null },
  };
  return {
    id: 'c1', ref: 'PCSE-2026-000123', state: 'awaiting_approval', kind: 'branch_setup', mailbox: 'datamanager', version: 3,
    parsed, findings: parsed.findings, correctedBy: {}, createdAt: new Date('2026-11-21T09:15:00Z'), updatedAt: new Date('2026-11-21T09:15:00Z'),
    ...overrides,
  };
}

function allCards(): [string, AdaptiveCardJson][] {
  const c = hostileCase();
  return [
    ['case card (phone verification)', renderCaseCard({ case: c, directoryOrganisation: null, riskLevel: 'high', needsPhoneVerification: true, approvals: [{ name: HOSTILE, at: new Date() }], notice: { text: HOSTILE, tone: 'attention' }, refreshUserIds: ['29:a'] })],
    ['case card (plain)', renderCaseCard({ case: { ...c, kind: 'account_unlock' }, directoryOrganisation: { odsCode: 'A81001', name: HOSTILE, type: 'gp_practice', closed: false, parentOdsCode: null, email: null, mainContact: null, adminCounts: {} }, riskLevel: 'standard', needsPhoneVerification: false, approvals: [] })],
    ['decided card', renderDecidedCard({ case: { ...c, state: 'failed' }, outcome: 'approved', deciders: [{ name: HOSTILE, at: new Date() }], detail: HOSTILE, failure: HOSTILE, refreshUserIds: ['29:a'] })],
    ['status card', renderStatusCard({ generatedAt: new Date(), byState: { awaiting_approval: 2 }, waitingByMailbox: { datamanager: 2 }, oldestWaiting: { ref: 'PCSE-2026-000001', since: new Date(Date.now() - 3 * 3600_000) }, failures: [{ ref: 'PCSE-2026-000002', kind: 'branch_setup', error: HOSTILE }], deadLetters: 1, escalateAfterMinutes: 60 })],
  ];
}

/**
 * The strings a card renders as Markdown. A TextRun's text and an input's value are plain text to every host
 * (Teams included), so they carry values exactly and are checked by their own test below.
 */
function textsOf(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => textsOf(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(o)) {
      if (o.type === 'TextRun' && key === 'text') continue;
      if (o.type === 'Input.Text' && key === 'value') continue;
      textsOf(value, out);
    }
  }
  return out;
}

/** The plain-text strings: TextRun texts and input values. */
function plainTextsOf(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => plainTextsOf(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.type === 'TextRun' && typeof o.text === 'string') out.push(o.text);
    if (o.type === 'Input.Text' && typeof o.value === 'string') out.push(o.value);
    Object.values(o).forEach((n) => plainTextsOf(n, out));
  }
  return out;
}

describe('the sender on the case card (issue 10)', () => {
  const spoof = hostileCase({ kind: 'main_contact_change' });
  const card = renderCaseCard({
    case: { ...spoof, parsed: { ...spoof.parsed, from: { name: '"jo.bloggs@nhs.net" \u202eten.shn@golb\r\nBcc: x', email: 'evil@evil.example' } } },
    directoryOrganisation: null, riskLevel: 'high', needsPhoneVerification: false, approvals: [],
  });
  const facts = (card as { body: { facts?: { title: string; value: string }[] }[] }).body.flatMap((b) => b.facts ?? []);
  const from = facts.find((f) => f.title === 'From')?.value ?? '';

  it('shows the real address first and a neutralised display name second', () => {
    expect(from.startsWith(escapeCardText('evil@evil.example', 200))).toBe(true);
    expect(from).toContain('name:');
    expect(from).not.toMatch(/nhs\.net|[\u202e\r\n]/);
  });

  it('asks for an override reason before approving a case with an error finding, and still validates', () => {
    const json = JSON.stringify(card);
    expect(json).toContain('"id":"overrideReason"');
    // No one-click Approve: only the "Approve…" card that carries the reason input.
    const actions = (card as { actions?: { type: string; verb?: string }[] }).actions ?? [];
    expect(actions.filter((a) => a.type === 'Action.Execute' && a.verb === 'approve')).toEqual([]);
    const parsed = new AdaptiveCards.AdaptiveCard();
    const ctx = new AdaptiveCards.SerializationContext();
    parsed.parse(card, ctx);
    expect(ctx.eventCount).toBe(0);
    expect(parsed.validateProperties().validationEvents.map((e) => e.message)).toEqual([]);
  });
});

describe('cards', () => {
  it.each(allCards())('%s parses and validates as Adaptive Card 1.5 with no errors', (_name, json) => {
    const card = new AdaptiveCards.AdaptiveCard();
    const ctx = new AdaptiveCards.SerializationContext();
    card.parse(json, ctx);
    const parseEvents = Array.from({ length: ctx.eventCount }, (_, i) => ctx.getEventAt(i).message);
    expect(parseEvents).toEqual([]);
    const results = card.validateProperties();
    expect(results.validationEvents.map((e) => e.message)).toEqual([]);
    expect(json.version).toBe('1.5');
    const el = card.render();
    expect(el).toBeTruthy();
    expect(el!.querySelectorAll('a').length).toBe(0);
    expect(el!.querySelectorAll('at, script, img').length).toBe(0);
  });

  it.each(allCards())('%s has no link, mention or unescaped markup in any string', (_name, json) => {
    const linkify = new LinkifyIt();
    const texts = textsOf(json).filter((t) => !t.startsWith('http://adaptivecards.io/'));
    for (const t of texts) {
      expect(linkify.match(t), t).toBeNull();
      expect(t).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/); // no live [x](y)
      expect(t).not.toMatch(/(?<!\\)<at>/i);
      expect(t).not.toMatch(/(?<!\\)\*\*/);
      expect(t).not.toMatch(/[\u202A-\u202E]/);
      expect(t.length).toBeLessThan(1200);
    }
  });

  it('shows field values as plain TextRuns: copied exactly (real dots), no bidi overrides, bounded, never a link when rendered', () => {
    const c = hostileCase();
    const card = renderCaseCard({
      case: { ...c, parsed: { ...c.parsed, fields: { ...c.parsed.fields, mainPractice: { ...(c.parsed.fields.mainPractice as object), mainContact: { name: 'Zoe', email: 'zoe.bronte@nhs.net' } } } } },
      directoryOrganisation: null, riskLevel: 'standard', needsPhoneVerification: false, approvals: [],
    });
    const plain = plainTextsOf(card);
    expect(plain).toContain('zoe.bronte@nhs.net');
    expect(plain).toContain('A81001001');
    for (const t of plain) expect(t).not.toMatch(/[\u2024\u202A-\u202E\u2066-\u2069]/);
    // Shown values are bounded; a form's prefilled value is the whole value, so saving it unchanged changes nothing.
    for (const t of plainTextsOf(card.body)) expect(t.length).toBeLessThan(600);
    const ac = new AdaptiveCards.AdaptiveCard();
    ac.parse(card, new AdaptiveCards.SerializationContext());
    const el = ac.render()!;
    expect(el.querySelectorAll('a, at, img, script, strong, h1').length).toBe(0);
  });

  it('offers "Edit fields…" with every value of the kind prefilled, sent with Action.Execute verb edit', () => {
    const json = JSON.stringify(allCards()[1]![1]);
    expect(json).toContain('"title":"Edit fields…"');
    expect(json).toContain('"id":"edit:organisation.odsCode"');
    expect(json).toContain('"id":"edit:fields.mainPractice.mainContact.email"');
    expect(json).toContain('"verb":"edit"');
  });

  it('shows a doubted value as a "hint: … (check)" line, not as the field\'s value (issue 9)', () => {
    const c = hostileCase();
    const hinted = { ...c, parsed: { ...c.parsed, hints: [{ path: 'fields.mainPractice.mainContact.name', value: 'Kestrel Way Medical Group', confidence: 0.2, reason: 'reads as an organisation, not a person', evidence: null }] } };
    const json = JSON.stringify(renderCaseCard({ case: hinted, directoryOrganisation: null, riskLevel: 'standard', needsPhoneVerification: false, approvals: [] }));
    expect(json).toContain('hint: main practice › main contact › name Kestrel Way Medical Group, reads as an organisation, not a person (check)');
    expect(JSON.stringify(renderCaseCard({ case: c, directoryOrganisation: null, riskLevel: 'standard', needsPhoneVerification: false, approvals: [] }))).not.toContain('hint:');
  });

  it('shows errors before info findings, evidence, missing fields and the case reference', () => {
    const json = JSON.stringify(allCards()[0]![1]);
    expect(json.indexOf('ERROR branch\\\\_code\\\\_mismatch')).toBeGreaterThan(0);
    expect(json.indexOf('ERROR branch')).toBeLessThan(json.indexOf('INFO main'));
    expect(json).toContain('Evidence: ');
    expect(json).toContain('Missing: main practice › address');
    expect(json).toContain('PCSE\\\\-2026\\\\-000123');
  });

  it('carries only caseId and cardVersion in action data, and asks for phone verification only when needed', () => {
    const [withPhone, plain] = [allCards()[0]![1], allCards()[1]![1]];
    const datas: unknown[] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) n.forEach(walk);
      else if (n && typeof n === 'object') {
        const o = n as Record<string, unknown>;
        if (o.type === 'Action.Execute') datas.push(o.data);
        Object.values(o).forEach(walk);
      }
    };
    walk(withPhone);
    expect(datas.length).toBeGreaterThanOrEqual(5);
    for (const d of datas) expect(d).toEqual({ caseId: 'c1', cardVersion: 3 });
    expect(JSON.stringify(withPhone)).toContain('"id":"phoneVerified"');
    expect(JSON.stringify(plain)).not.toContain('phoneVerified');
    expect(JSON.stringify(plain)).toContain('"verb":"approve"');
    expect((withPhone as { refresh?: { userIds: string[] } }).refresh?.userIds).toEqual(['29:a']);
    expect(plain.refresh).toBeUndefined();
  });

  it('a decided card has no decision buttons', () => {
    const json = JSON.stringify(allCards()[2]![1]);
    for (const verb of ['"approve"', '"reject"', '"request_info"', '"reclassify"']) expect(json).not.toContain(verb);
    expect(json).toContain('execution FAILED');
  });

  it('escapeCardText keeps plain text readable and truncates', () => {
    expect(escapeCardText('Riverside Surgery')).toBe('Riverside Surgery');
    expect(escapeCardText('a'.repeat(400), 100)).toHaveLength(100);
    expect(escapeCardText('line1\n\n# two')).toBe('line1 \\# two');
  });
});
