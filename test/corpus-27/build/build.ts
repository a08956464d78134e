// Regenerates every .eml and .expected.json of validation corpus 27 (writer W). Deterministic: run twice, same bytes.
//   npx tsx test/corpus-27/build/build.ts
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { datamanager } from './datamanager.js';
import { writeEmail } from './lib.js';
import { openexeter } from './openexeter.js';
import { portal } from './portal.js';

const root = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  for (const m of ['portalenquiries', 'datamanager', 'openexeter']) rmSync(join(root, m), { recursive: true, force: true });
  const p = await portal();
  const d = datamanager();
  const o = await openexeter();
  for (const e of p) writeEmail(root, 'portalenquiries', e);
  for (const e of d) writeEmail(root, 'datamanager', e);
  for (const e of o) writeEmail(root, 'openexeter', e);
  console.log(`portalenquiries ${p.length}, datamanager ${d.length}, openexeter ${o.length}`);
}

await main();
