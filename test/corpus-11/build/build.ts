// Writes corpus-11 (writer G): `npx tsx test/corpus-11/build/build.ts` from the repository root.
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import { write } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(import.meta.dirname, '..');
const msgs = [...(await portal()), ...datamanager(), ...(await openexeter())];
write(root, msgs);
console.log(`wrote ${msgs.length} messages`);
