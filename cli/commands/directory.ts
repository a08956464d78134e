import { openDatabase } from '../../core/adapters/database.js';
import { importDirectory, type DirectoryFiles } from '../../core/adapters/directory-import/import-directory.js';

/**
 * `pcse directory import --epraccur F …`: upserts the NHS ODS extracts and the directory CSVs
 * (docs/directory-csv.md), prints counts and every bad row with its line number. Bad rows are not fatal:
 * the exit code is 0 when every file was read.
 */
export async function runDirectoryImport(databaseUrl: string | undefined, files: DirectoryFiles): Promise<number> {
  if (Object.values(files).every((f) => !f)) {
    console.error('name at least one file, e.g. --epraccur epraccur.csv');
    return 2;
  }
  const db = await openDatabase(databaseUrl || undefined);
  try {
    const report = await importDirectory(db, files);
    for (const [file, count] of Object.entries(report.counts)) console.log(`${file}: ${count} row(s) imported`);
    for (const e of report.errors) console.log(`${file(e.file)} line ${e.line}: ${e.reason}`);
    console.log(`${report.errors.length} row(s) skipped`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

function file(name: string): string {
  return `--${name}`;
}
