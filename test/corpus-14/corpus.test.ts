import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 14 (writer J): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 14 (writer J)', join(import.meta.dirname), { minEmails: 45, minScoredFields: 150 });
