import { readFile } from 'node:fs/promises';
import type { Database } from '../database.js';
import { appendAuditEvent } from '../prisma-audit-log.js';
import { runTransaction, type Transaction } from '../prisma-transaction.js';
import { ODS_EXTRACTS, readOdsExtract, type OdsExtract, type OdsOrganisationRow, type RowError } from './read-ods-extract.js';
import { readAuthorisedEmailListCsv, readRolesCsv, readSignatoriesCsv, readUsersCsv } from './read-people-csv.js';

/** The files `pcse directory import` takes, by option name. */
export type DirectoryFiles = Partial<Record<OdsExtract | 'users' | 'roles' | 'ael' | 'signatories', string>>;

export interface ImportReport {
  /** Rows written (inserted or updated) per file option. */
  counts: Record<string, number>;
  /** Rows skipped, with the file option and 1-based line number. */
  errors: (RowError & { file: string })[];
}

// Organisations before the people and roles that point at them; main practices before their branches.
const ORDER: (keyof DirectoryFiles)[] = ['epraccur', 'dental', 'pharmacies', 'opticians', 'ebranchs', 'users', 'roles', 'ael', 'signatories'];
const CHUNK = 500;

/**
 * Imports the given files into the directory by upsert, so re-importing a newer extract updates it.
 * A bad row is reported with its line number and skipped; it never stops the import.
 */
export async function importDirectory(db: Database, files: DirectoryFiles): Promise<ImportReport> {
  const report: ImportReport = { counts: {}, errors: [] };
  for (const file of ORDER) {
    const path = files[file];
    if (!path) continue;
    const text = await readFile(path, 'utf8');
    const result = await importOne(db, file, text);
    report.counts[file] = result.written;
    report.errors.push(...result.errors.map((e) => ({ ...e, file })));
  }
  await runTransaction(db, (tx) => appendAuditEvent(tx, { caseId: null, type: 'directory_imported', actor: null, data: { counts: report.counts, errors: report.errors.length } }));
  return report;
}

async function importOne(db: Database, file: keyof DirectoryFiles, text: string): Promise<{ written: number; errors: RowError[] }> {
  switch (file) {
    case 'users': {
      const { rows, errors } = readUsersCsv(text);
      await inChunks(db, rows, (tx, r) => {
        const data = { email: r.email, name: r.name, locked: r.locked, active: r.active };
        return tx.user.upsert({ where: { username: r.username }, create: { username: r.username, ...data }, update: data });
      });
      return { written: rows.length, errors };
    }
    case 'roles': {
      const { rows, errors } = readRolesCsv(text);
      const users = new Map((await db.user.findMany({ select: { id: true, username: true } })).map((u) => [u.username, u.id]));
      const orgs = await existingOrganisations(db, rows.map((r) => r.odsCode));
      const ok = rows.filter((r) => {
        if (!users.has(r.username)) errors.push({ line: r.line, reason: 'username is not in the users file or the directory' });
        else if (!orgs.has(r.odsCode)) errors.push({ line: r.line, reason: `organisation ${r.odsCode} is not in the directory` });
        else return true;
        return false;
      });
      await inChunks(db, ok, async (tx, r) => {
        const where = { userId: users.get(r.username)!, odsCode: r.odsCode, service: r.service, role: r.role };
        if (!(await tx.roleAssignment.findFirst({ where }))) await tx.roleAssignment.create({ data: where });
      });
      return { written: ok.length, errors };
    }
    case 'ael': {
      const { rows, errors } = readAuthorisedEmailListCsv(text);
      await inChunks(db, rows, (tx, r) =>
        tx.authorisedApprover.upsert({ where: { email: r.email }, create: { email: r.email, name: r.name, icb: r.icb }, update: { name: r.name, icb: r.icb } }),
      );
      return { written: rows.length, errors };
    }
    case 'signatories': {
      const { rows, errors } = readSignatoriesCsv(text);
      const orgs = await existingOrganisations(db, rows.map((r) => r.odsCode));
      const ok = rows.filter((r) => orgs.has(r.odsCode) || (errors.push({ line: r.line, reason: `organisation ${r.odsCode} is not in the directory` }), false));
      await inChunks(db, ok, (tx, r) =>
        tx.knownSignatory.upsert({
          where: { odsCode_name_role: { odsCode: r.odsCode, name: r.name, role: r.role } },
          create: { odsCode: r.odsCode, name: r.name, email: r.email, role: r.role },
          update: { email: r.email },
        }),
      );
      return { written: ok.length, errors };
    }
    default:
      return importOrganisations(db, file, text);
  }
}

async function importOrganisations(db: Database, extract: OdsExtract, text: string): Promise<{ written: number; errors: RowError[] }> {
  const { rows, errors } = readOdsExtract(text, extract);
  let ok: OdsOrganisationRow[] = rows;
  if (ODS_EXTRACTS[extract].parentIsOrganisation) {
    const parents = await existingOrganisations(db, rows.map((r) => r.parentOdsCode ?? ''));
    ok = rows.filter((r) => parents.has(r.parentOdsCode ?? '') || (errors.push({ line: r.line, reason: `parent practice ${r.parentOdsCode} is not in the directory` }), false));
  }
  await inChunks(db, ok, (tx, r) => {
    const data = { name: r.name, type: r.type, status: r.status, parentOdsCode: r.parentOdsCode, address: r.address, postcode: r.postcode, phone: r.phone, source: extract };
    return tx.organisation.upsert({ where: { odsCode: r.odsCode }, create: { odsCode: r.odsCode, ...data }, update: data });
  });
  return { written: ok.length, errors };
}

async function existingOrganisations(db: Database, codes: string[]): Promise<Set<string>> {
  const unique = [...new Set(codes.filter(Boolean))];
  const found = new Set<string>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await db.organisation.findMany({ where: { odsCode: { in: unique.slice(i, i + CHUNK) } }, select: { odsCode: true } });
    for (const r of rows) found.add(r.odsCode);
  }
  return found;
}

async function inChunks<T>(db: Database, rows: T[], write: (tx: Transaction, row: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await runTransaction(db, async (tx) => {
      for (const row of chunk) await write(tx, row);
    });
  }
}
