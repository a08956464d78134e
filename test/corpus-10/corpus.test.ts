import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 10 (writer F): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 10', join(import.meta.dirname), { minEmails: 42, minScoredFields: 150 });
