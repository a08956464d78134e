import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAllStorePorts } from '../../support/all-store-ports.js';
import { editCase } from '../../../core/domain/cases/edit-case.js';
import { extractCase } from '../../../ingest/extract/index.js';
import { runCorrectionsExport } from '../../../cli/commands/corrections.js';
import { scoreCorpus } from '../../../scripts/score-corpus.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';

const SAMPLE = path.resolve('samples/portalenquiries/main-contact-change.eml');
const ACTOR = { aadObjectId: 'aad-sam', tenantId: 'tenant', name: 'Sam Staff' };

describe('pcse corrections export (issue 11): corrected cases become corpus entries', () => {
  let db: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite', 'corrections');
    dir = await mkdtemp(path.join(tmpdir(), 'pcse-corrections-'));
  });
  afterAll(async () => {
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('writes the raw email and the corrected case; the corpus scorer finds exactly the corrected values', { timeout: 60_000 }, async () => {
    const raw = await readFile(SAMPLE);
    const store = openAllStorePorts(db.prisma);
    const parsed = await extractCase(raw, { mailbox: 'portalenquiries' });
    const stored = await store.recordEmail(
      { mailbox: 'portalenquiries', sourceKey: 'maildir:test:1', uidValidity: null, uid: null, raw, sha256: createHash('sha256').update(raw).digest('hex'), messageId: parsed.messageId, receivedAt: new Date() },
      parsed,
    );
    if (stored.outcome !== 'created') throw new Error(stored.outcome);
    // An uncorrected case is not exported.
    await store.recordEmail(
      { mailbox: 'portalenquiries', sourceKey: 'maildir:test:2', uidValidity: null, uid: null, raw, sha256: 'other', messageId: '<other@nhs.net>', receivedAt: new Date() },
      { ...parsed, messageId: '<other@nhs.net>' },
    );
    const edit = editCase(stored.case.parsed, { 'fields.newMainContact.email': 'siobhan.ni-bhriain@nhs.net', 'organisation.odsCode': 'A81002' });
    if (!edit.ok) throw new Error(edit.reason);
    expect(await store.saveCaseEdit(stored.case.id, { parsed: edit.parsed, findings: edit.parsed.findings, changes: edit.changes, expectedVersion: stored.case.version, actor: ACTOR })).not.toBeNull();

    expect(await runCorrectionsExport(db.url, dir, {})).toBe(0);
    const name = stored.case.ref.toLowerCase();
    expect((await readdir(path.join(dir, 'portalenquiries'))).sort()).toEqual([`${name}.eml`, `${name}.expected.json`]);
    expect(await readFile(path.join(dir, 'portalenquiries', `${name}.eml`))).toEqual(raw);
    const expected = JSON.parse(await readFile(path.join(dir, 'portalenquiries', `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
    expect(expected).toMatchObject({ mailbox: 'portalenquiries', kind: 'main_contact_change', organisation: { odsCode: 'A81002' }, mustRaise: [] });

    // The parser run on the exported email disagrees with the file exactly where staff corrected it, and the
    // expected values are the corrected ones.
    const score = scoreCorpus(dir, null);
    expect(score.files).toBe(1);
    expect(score.misses.map((m) => [m.path, m.expected])).toEqual([
      ['fields.newMainContact.email', 'siobhan.ni-bhriain@nhs.net'],
      ['organisation.odsCode', 'A81002'],
    ]);
    // And the corrected case itself scores 100%.
    const outputs = path.join(dir, 'outputs');
    await mkdir(outputs);
    await writeFile(path.join(outputs, 'portalenquiries.jsonl'), `${JSON.stringify(edit.parsed)}\n`);
    const perfect = scoreCorpus(dir, outputs);
    expect(perfect.misses).toEqual([]);
    expect(perfect.fields.correct).toBe(perfect.fields.total);
  });
});
