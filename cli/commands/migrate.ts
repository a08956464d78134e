import { DEFAULT_DATABASE_URL } from '../../core/adapters/database.js';
import { migrateDatabase } from '../../core/adapters/migrate.js';

/** `pcse migrate`: applies the committed migrations to DATABASE_URL (default: the SQLite file under var/). */
export async function runMigrate(databaseUrl: string | undefined): Promise<number> {
  const { applied } = await migrateDatabase(databaseUrl || DEFAULT_DATABASE_URL);
  console.log(applied.length === 0 ? 'database is up to date' : `applied ${applied.length} migration(s): ${applied.join(', ')}`);
  return 0;
}
