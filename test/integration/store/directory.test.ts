import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory } from '../../../core/adapters/directory-import/import-directory.js';
import { openAllStorePorts, openPrismaDirectory, type PrismaDirectoryPorts } from '../../support/all-store-ports.js';
import { AdminLimitReachedError, UserNotFoundError } from '../../../core/adapters/prisma-directory.js';
import { DirectoryEffectError } from '../../../core/ports.js';
import { createTestDatabase, type TestDatabase } from '../../support/database.js';
import { makeIncomingEmail, makeParsedCase } from './store-fixtures.js';

const FIXTURES = path.resolve('test/fixtures/directory');
const fixture = (name: string) => path.join(FIXTURES, name);
const ALL_FILES = {
  epraccur: fixture('epraccur.csv'),
  ebranchs: fixture('ebranchs.csv'),
  dental: fixture('dental.csv'),
  pharmacies: fixture('pharmacies.csv'),
  opticians: fixture('opticians.csv'),
  users: fixture('users.csv'),
  roles: fixture('roles.csv'),
  ael: fixture('ael.csv'),
  signatories: fixture('signatories.csv'),
};

describe.each(['sqlite', 'postgresql'] as const)('directory on %s', (provider) => {
  let database: TestDatabase;
  let directory: PrismaDirectoryPorts;

  beforeAll(async () => {
    database = await createTestDatabase(provider, 'directory');
    directory = openPrismaDirectory(database.prisma);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('is not loaded before an import', async () => {
    expect(await directory.isLoaded()).toBe(false);
  });

  it('imports the fixture files, listing bad rows by line, and re-imports without duplicates', async () => {
    const report = await importDirectory(database.prisma, ALL_FILES);
    expect(report.counts).toEqual({ epraccur: 3, dental: 1, pharmacies: 1, opticians: 1, ebranchs: 1, users: 3, roles: 4, ael: 1, signatories: 2 });
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { file: 'epraccur', line: 4, reason: expect.stringContaining('27-column') },
        { file: 'ebranchs', line: 2, reason: expect.stringContaining('Z99999') },
        { file: 'users', line: 5, reason: 'username is missing' },
        { file: 'roles', line: 6, reason: expect.stringContaining('ZZZ999') },
        { file: 'ael', line: 3, reason: expect.stringContaining('email') },
      ]),
    );
    expect(report.errors).toHaveLength(8);
    await importDirectory(database.prisma, ALL_FILES);
    expect(await database.prisma.roleAssignment.count()).toBe(4);
    expect(await database.prisma.organisation.count()).toBe(7);

    expect(await directory.isLoaded()).toBe(true);
    const riverside = await directory.findOrganisation('a81001');
    expect(riverside).toMatchObject({ odsCode: 'A81001', name: 'RIVERSIDE SURGERY', type: 'gp_practice', closed: false });
    expect(riverside?.mainContact).toEqual({ name: 'Sam Admin', email: 'sam.admin@nhs.net' });
    expect(riverside?.adminCounts).toMatchObject({ PL: 1, GPP: 1, OPTO: 0 });
    expect((await directory.findOrganisation('A81002'))?.closed).toBe(true);
    expect((await directory.findOrganisation('A81001001'))?.parentOdsCode).toBe('A81001');
    expect((await directory.findOrganisation('A8100X'))?.name).toBe('BROKEN, CODE');
    expect(await directory.isOnAuthorisedEmailList('ICB.Approver@nhs.net')).toBe(true);
    expect(await directory.isOnAuthorisedEmailList('someone@nhs.net')).toBe(false);
    const locked = await directory.findUserByEmailOrUsername('pat.locked@nhs.net');
    expect(locked).toMatchObject({ locked: true, active: true, roles: [{ odsCode: 'A81001', service: 'GPP', role: 'GPP Practice User Administrator' }] });
    const facts = await directory.getDirectoryFacts({ odsCodes: ['A81001', 'B99999'], accounts: ['alexjones@riversidesurgery'], authorisedEmails: ['icb.approver@nhs.net'] });
    expect(facts.loaded).toBe(true);
    expect(facts.organisations.B99999).toBeNull();
    expect(facts.accounts['alexjones@riversidesurgery']?.active).toBe(false);
    expect(facts.authorisedEmails['icb.approver@nhs.net']).toBe(true);
  });

  it('applies each effect once, even when the same effect runs concurrently', async () => {
    const ctx = { caseId: 'case-effects' };
    const ensure = { type: 'ensure-user' as const, key: 'e:ensure:new', email: 'New.Person@nhs.net', username: 'new.person@nhs.net', name: 'New Person' };
    const results = await Promise.all(Array.from({ length: 5 }, () => directory.applyEffect(ensure, ctx)));
    expect(results.filter((r) => r.applied)).toHaveLength(1);
    expect(await database.prisma.user.count({ where: { username: 'new.person@nhs.net' } })).toBe(1);
    const grant = { type: 'grant-role' as const, key: 'e:grant:new', username: 'new.person@nhs.net', odsCode: 'A81001', service: 'GPP' as const, role: 'Joiner & Leaver' };
    expect(await directory.applyEffect(grant, ctx)).toEqual({ applied: true });
    expect(await directory.applyEffect(grant, ctx)).toEqual({ applied: false });
    expect(await directory.applyEffect({ type: 'unlock-account', key: 'e:unlock', username: 'pat.locked@nhs.net' }, ctx)).toEqual({ applied: true });
    expect((await directory.findUserByEmailOrUsername('pat.locked@nhs.net'))?.locked).toBe(false);
    await directory.applyEffect({ type: 'reactivate-account', key: 'e:reactivate', username: 'alexjones@riversidesurgery' }, ctx);
    expect((await directory.findUserByEmailOrUsername('alexjones@riversidesurgery'))?.active).toBe(true);
    await directory.applyEffect({ type: 'issue-verification-link', key: 'e:verify', username: 'sam.admin@nhs.net' }, ctx);
    await directory.applyEffect({ type: 'issue-temporary-password', key: 'e:temp', username: 'alexjones@riversidesurgery' }, ctx);
    const sam = await database.prisma.user.findUniqueOrThrow({ where: { username: 'sam.admin@nhs.net' } });
    expect(sam.verificationIssuedAt).toBeInstanceOf(Date);
    await directory.applyEffect({ type: 'set-organisation-email', key: 'e:email', odsCode: 'a81001', email: 'Riverside.Surgery@nhs.net' }, ctx);
    expect((await directory.findOrganisation('A81001'))?.email).toBe('riverside.surgery@nhs.net');
    await directory.applyEffect(
      { type: 'create-organisation', key: 'e:branch', odsCode: 'A81001002', name: 'New Branch', orgType: 'gp_branch', parentOdsCode: 'A81001', address: '9 New Road', phone: null },
      ctx,
    );
    expect((await directory.findOrganisation('A81001002'))?.parentOdsCode).toBe('A81001');
    await expect(directory.applyEffect({ type: 'unlock-account', key: 'e:unlock:ghost', username: 'ghost@nhs.net' }, ctx)).rejects.toBeInstanceOf(UserNotFoundError);
    // A failed effect records nothing, so it can be retried once the cause is fixed.
    expect(await database.prisma.appliedEffect.findUnique({ where: { key: 'e:unlock:ghost' } })).toBeNull();
  });

  it('applies a case\'s effects in one transaction: all or none, each once however often and however concurrently it runs', async () => {
    const ctx = { caseId: 'case-together' };
    const effects = [
      { type: 'ensure-user' as const, key: 'e:together:user', email: 'together@nhs.net', username: 'together@nhs.net', name: 'Together' },
      { type: 'grant-role' as const, key: 'e:together:grant', username: 'together@nhs.net', odsCode: 'A81001', service: 'GPP' as const, role: 'Joiner & Leaver' },
      { type: 'issue-verification-link' as const, key: 'e:together:verify', username: 'together@nhs.net' },
    ];
    // A failure in the last effect undoes the first two: nothing of the case is applied, and the error names the effect.
    const failing = [...effects.slice(0, 2), { type: 'unlock-account' as const, key: 'e:together:ghost', username: 'ghost.together@nhs.net' }];
    const error = await directory.applyEffects(failing, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectoryEffectError);
    expect(error).toMatchObject({ effectKey: 'e:together:ghost', effectType: 'unlock-account' });
    expect((error as DirectoryEffectError).cause).toBeInstanceOf(UserNotFoundError);
    expect(await database.prisma.user.count({ where: { username: 'together@nhs.net' } })).toBe(0);
    expect(await database.prisma.appliedEffect.count({ where: { key: { startsWith: 'e:together:' } } })).toBe(0);

    const runs = await Promise.all(Array.from({ length: 3 }, () => directory.applyEffects(effects, ctx)));
    expect(runs.flat().filter((r) => r.applied)).toHaveLength(3);
    expect(runs.filter((r) => r.every((e) => e.applied))).toHaveLength(1);
    expect(await database.prisma.roleAssignment.count({ where: { user: { username: 'together@nhs.net' }, odsCode: 'A81001', service: 'GPP' } })).toBe(1);
    const events = await database.prisma.auditEvent.findMany({ where: { caseId: 'case-together' } });
    expect(events.filter((e) => e.type === 'effect_applied')).toHaveLength(3);
    expect(events.filter((e) => e.type === 'effect_skipped')).toHaveLength(6);
  });

  it('refuses a fifth user administrator for a service', async () => {
    const ctx = { caseId: 'case-admins' };
    for (let i = 1; i <= 5; i++) {
      await directory.applyEffect({ type: 'ensure-user', key: `e:admin-user:${i}`, email: `admin${i}@nhs.net`, username: `admin${i}@nhs.net`, name: null }, ctx);
    }
    const grant = (i: number) => ({ type: 'grant-role' as const, key: `e:admin:${i}`, username: `admin${i}@nhs.net`, odsCode: 'V012345', service: 'OPTO' as const, role: 'OPTO Organisation User Administration' });
    for (let i = 1; i <= 4; i++) expect(await directory.applyEffect(grant(i), ctx)).toEqual({ applied: true });
    const fifth = directory.applyEffect(grant(5), ctx);
    await expect(fifth).rejects.toBeInstanceOf(AdminLimitReachedError);
    await expect(fifth).rejects.toMatchObject({ code: 'admin_limit_reached', count: 4 });
    expect((await directory.findOrganisation('V012345'))?.adminCounts.OPTO).toBe(4);
  });

  it('keeps exactly one main contact, even when two replacements race', async () => {
    const ctx = { caseId: 'case-main-contact' };
    const replace = (who: string) => directory.applyEffect({ type: 'replace-main-contact', key: `e:mc:${who}`, odsCode: 'A81001', contact: { name: who, email: `${who}@nhs.net` } }, ctx);
    await Promise.all([replace('first'), replace('second'), replace('third')]);
    const mains = await database.prisma.roleAssignment.findMany({ where: { odsCode: 'A81001', service: 'SUPPLIES_RECORDS', role: 'Main Contact' } });
    expect(mains).toHaveLength(1);
    await replace('fourth');
    expect((await directory.findOrganisation('A81001'))?.mainContact).toEqual({ name: 'fourth', email: 'fourth@nhs.net' });
    expect(await database.prisma.roleAssignment.count({ where: { odsCode: 'A81001', role: 'Main Contact' } })).toBe(1);
    expect((await openAllStorePorts(database.prisma).verifyAuditChain()).ok).toBe(true);
  });

  it('pcse directory import and pcse cases list work against the database', async () => {
    const run = promisify(execFile);
    const env = { ...process.env, DATABASE_URL: database.url };
    const imported = await run('node', ['bin/pcse.js', 'directory', 'import', '--ael', fixture('ael.csv')], { env });
    expect(imported.stdout).toContain('ael: 1 row(s) imported');
    expect(imported.stdout).toContain('--ael line 3:');

    const store = openAllStorePorts(database.prisma);
    const created = await store.recordEmail(makeIncomingEmail('k:cli:1', 'cli', '<cli@nhs.net>'), makeParsedCase({ missing: ['fields.nominee.email'] }));
    if (created.outcome !== 'created') throw new Error('expected a new case');
    const listed = await run('node', ['bin/pcse.js', 'cases', 'list', '--state', 'needs_information', '--json'], { env });
    const lines = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { ref: string; state: string; case: { mailbox: string } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ ref: created.case.ref, state: 'needs_information', case: { mailbox: 'portalenquiries' } });
    const table = await run('node', ['bin/pcse.js', 'cases', 'list'], { env });
    expect(table.stdout).toContain(created.case.ref);
    await expect(run('node', ['bin/pcse.js', 'cases', 'list', '--state', 'nonsense'], { env })).rejects.toMatchObject({ code: 2 });
  });
});
