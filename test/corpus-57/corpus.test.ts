import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 57 (writer BA): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 57 (writer BA)', join(import.meta.dirname), { minEmails: 48, minScoredFields: 200 });
