import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 44 (writer AN): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 44 (writer AN)', join(import.meta.dirname), { minEmails: 48, minScoredFields: 200 });
