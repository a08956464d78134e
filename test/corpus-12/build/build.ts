// Writes every .eml and .expected.json of validation corpus 12 (writer H): npx tsx test/corpus-12/build/build.ts
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import { ROOT, writeAll } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

for (const m of ['portalenquiries', 'datamanager', 'openexeter']) rmSync(join(ROOT, m), { recursive: true, force: true });
const emails = [...(await portal()), ...(await datamanager()), ...(await openexeter())];
await writeAll(emails);
console.log(`wrote ${emails.length} emails`);
