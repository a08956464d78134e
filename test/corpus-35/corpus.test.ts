import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 35 (writer AE): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 35 (writer AE)', join(import.meta.dirname), { minEmails: 55, minScoredFields: 200 });
