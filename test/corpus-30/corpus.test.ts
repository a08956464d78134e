import { join } from 'node:path';
import { describeCorpusFormat } from '../support/corpus-format.js';

// Held-out corpus 30 (writer Z): format checks only; the lead scores it once, first-seen.
describeCorpusFormat('validation corpus 30 (writer Z)', join(import.meta.dirname), { minEmails: 45, minScoredFields: 180 });
