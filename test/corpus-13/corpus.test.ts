import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 13 (writer I): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 13 (writer I)', join(import.meta.dirname), { minEmails: 40, minScoredFields: 150 });
