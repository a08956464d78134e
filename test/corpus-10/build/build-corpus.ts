// Writes every .eml and .expected.json of corpus 10 from the sources beside it.
// Run: npx tsx test/corpus-10/build/build-corpus.ts
import { join } from 'node:path';
import { buildDataManager } from './datamanager.js';
import { buildOpenExeter } from './openexeter.js';
import { buildPortalEnquiries } from './portalenquiries.js';

const root = join(import.meta.dirname, '..');
await buildPortalEnquiries(root);
buildDataManager(root);
await buildOpenExeter(root);
