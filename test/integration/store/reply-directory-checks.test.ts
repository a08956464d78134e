import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAllStorePorts, type AllStorePorts } from '../../support/all-store-ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeIncomingEmail, makeParsedCase } from './store-fixtures.js';

/**
 * A case waiting for the practice's organisation code gets it from the reply: the merged case must be judged
 * against the directory as a new case is at ingest (review leftover L2), or its card would show no error finding
 * for a closed or unknown organisation and its approval would need no override reason.
 */
describe.each(['sqlite', 'postgresql'] as const)('a reply merged into a waiting case is checked against the directory (%s)', (provider) => {
  let database: TestDatabase;
  let store: AllStorePorts;

  beforeAll(async () => {
    database = await createTestDatabase(provider, 'reply_directory');
    store = openAllStorePorts(database.prisma);
    await database.prisma.organisation.create({ data: { odsCode: 'A81001', name: 'Riverside Surgery', type: 'gp_practice', source: 'test' } });
    await database.prisma.organisation.create({ data: { odsCode: 'D81005', name: 'Hill Practice', type: 'gp_practice', status: 'closed', source: 'test' } });
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function replyWithCode(key: string, odsCode: string): Promise<string[]> {
    const waiting = makeParsedCase({ organisation: null, missing: ['organisation.odsCode'] });
    const created = await store.recordEmail(makeIncomingEmail(`k:${key}:1`, `first ${key}`, `<${key}-1@nhs.net>`), waiting);
    if (created.outcome !== 'created') throw new Error('expected a new case');
    expect(created.case.state).toBe('needs_information');
    const reply = makeParsedCase({
      kind: 'unclassified',
      caseRef: `RE: ${created.case.ref}`,
      organisation: { odsCode, name: null, type: 'gp_practice' },
      fields: {},
      evidence: { 'organisation.odsCode': `Our code is ${odsCode}` },
    });
    const attached = await store.recordEmail(makeIncomingEmail(`k:${key}:2`, `reply ${key}`, `<${key}-2@nhs.net>`), reply);
    if (attached.outcome !== 'attached') throw new Error(`expected the reply attached, got ${attached.outcome}`);
    expect(attached.case.state).toBe('awaiting_approval');
    expect(attached.case.parsed.organisation?.odsCode).toBe(odsCode);
    const stored = await store.getCase(created.case.id);
    // The card reads the case's findings; parsed.findings must say the same.
    expect(stored?.parsed.findings.map((f) => f.code)).toEqual(stored?.findings.map((f) => f.code));
    return stored?.findings.map((f) => f.code) ?? [];
  }

  it('a closed organisation and an unknown one raise their findings; a known open one raises neither', async () => {
    expect(await replyWithCode('closed', 'D81005')).toContain('organisation_closed');
    expect(await replyWithCode('unknown', 'C81999')).toContain('organisation_unknown');
    const open = await replyWithCode('open', 'A81001');
    expect(open).not.toContain('organisation_unknown');
    expect(open).not.toContain('organisation_closed');
  });
});
