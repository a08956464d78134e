import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 9 (writer E): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 9', join(import.meta.dirname), { minEmails: 24, minScoredFields: 100 });
